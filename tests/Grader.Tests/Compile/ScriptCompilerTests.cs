using Grader.Compile;

namespace Grader.Tests.Compile;

public class ScriptCompilerTests
{
    static readonly IReadOnlyList<Grader.Assignments.QuestionSpec> Questions =
        Fixtures.Load(Fixtures.Tiny).Spec.Questions;

    static CompileOutcome Compile(string source) => ScriptCompiler.Compile(source, "student.csx", Questions);

    static CompileOutcome CompileFile(string name) => Compile(File.ReadAllText(Fixtures.Submission(name)));

    [Test]
    public void ACorrectScriptBindsEveryFunction()
    {
        var compiled = (Compiled)CompileFile("correct.csx");
        Assert.That(compiled.Errors, Is.Empty);
        Assert.That(compiled.Bindings.Values, Is.All.TypeOf<Bound>());
    }

    [Test]
    public void AMissingFunctionNamesTheExpectedSignatureAndACaseSlip()
    {
        var compiled = (Compiled)Compile("double[] conv1d(double[] x, double[] w) => x;");
        var missing = (Missing)compiled.Bindings["conv1d"];
        Assert.That(missing.Message, Does.Contain("double[] Conv1D(double[], double[])").And.Contain("case-sensitive"));
    }

    [TestCase("var cache = new System.Collections.Concurrent.ConcurrentDictionary<int, double>();",
              "fixed set of libraries")]
    [TestCase("var seen = new ConcurrentBag<double>();", "fixed set of libraries")]
    [TestCase("static class Ext { public static double Twice(this double x) => 2 * x; }",
              "cannot declare extension methods")]
    public void AnErrorThatPointsAtWhatAStudentCannotChangeSaysWhatTheyCan(string source, string hint)
    {
        var errors = Compile(source).Match(compiled: c => c.Errors, failed: f => f.Errors);
        Assert.That(errors, Has.Some.Contains(hint));
    }

    [Test]
    public void AFunctionInsideAClassIsPointedOut()
    {
        var compiled = (Compiled)Compile(
            "static class Solution { public static double[] Conv1D(double[] x, double[] w) => x; }");
        Assert.That(((Missing)compiled.Bindings["conv1d"]).Message, Does.Contain("inside `Solution`"));
    }

    [Test]
    public void AWrongSignatureSaysWhatWasExpectedAndFound()
    {
        var compiled = (Compiled)CompileFile("wrong-signature.csx");
        Assert.That(((WrongSignature)compiled.Bindings["conv1d"]).Message,
                    Does.Contain("found `float[] Conv1D(double[], double[])`"));
        Assert.That(compiled.Bindings["dw"], Is.TypeOf<Bound>());
    }

    [Test]
    public void ABrokenFunctionCostsOnlyItsOwnQuestionAndKeepsTheStudentsLineNumbers()
    {
        var source = File.ReadAllText(Fixtures.Submission("correct.csx"))
            .Replace("dw[j] += dz[i] * x[i + j];", "dw[j] += dz[i] * x[i + j]");
        var compiled = (Compiled)Compile(source);
        Assert.That(compiled.Bindings["conv1d"], Is.TypeOf<Bound>());
        var broken = (NotCompiled)compiled.Bindings["dw"];
        Assert.That(broken.Errors.Single(), Does.StartWith("line 15, column").And.Contain("CS1002"));
    }

    [Test]
    public void GarbageIsCutAwayAndTheFunctionItBrokeReportsItsFirstError()
    {
        var compiled = (Compiled)CompileFile("does-not-compile.csx");
        Assert.That(compiled.Errors, Has.Count.EqualTo(6));
        Assert.That(((NotCompiled)compiled.Bindings["conv1d"]).Errors[0],
                    Is.EqualTo("line 4, column 14: error CS1002: ; expected"));
        Assert.That(compiled.Bindings["dw"], Is.TypeOf<Missing>());
    }

    [Test]
    public void ErrorsInAFolderSubmissionNameTheFileTheyAreIn()
    {
        var submission = Grader.Pipeline.Submission.FromPath(Fixtures.Submission("split-files"))!;
        var compiled = (Compiled)ScriptCompiler.Compile(submission.Source, submission.FileName, Questions,
                                                        submission.JoinLines);
        Assert.That(((NotCompiled)compiled.Bindings["dw"]).Errors.Single(),
                    Does.StartWith("b-gradient.csx, line 3, column 10"));
    }

    [TestCase("double[] Conv1D(double[] x, double[] w) { return y; }")]
    [TestCase("double[] Conv1D(double[] x, double[] w) => y;")]
    [TestCase("double[] Conv1D(double[] x, double[] w) { var f = (int n) => { return y; }; return x; }")]
    [TestCase("int A() { return 1; } double[] Conv1D(double[] x, double[] w) { return y; }")]
    public void AnErrorAfterAnOpeningBraceOrArrowKeepsTheStudentsColumn(string source)
    {
        var compiled = (Compiled)Compile(source);
        int column = source.IndexOf("y;", StringComparison.Ordinal) + 1;
        Assert.That(((NotCompiled)compiled.Bindings["conv1d"]).Errors[0],
                    Does.StartWith($"line 1, column {column}: error CS0103"));
    }

    // The stack checks change no code the student wrote: what compiles in plain C# compiles here.
    [TestCase("byte B() => 5; uint U() { return 5; } byte? N() => 5;")]
    [TestCase("enum E { A, B } E F() => 0;")]
    [TestCase("FormattableString F(int x) => $\"x={x}\";")]
    [TestCase("class C { public int P { get => field; set => field = value; } }")]
    [TestCase("#define FOO\nint F() => 1\n#if FOO\n + 2\n#endif\n;")]
    [TestCase("IEnumerable<int> Squares(int n) { for (int i = 0; i < n; i++) yield return i * i; }\n" +
              "class Grid { readonly double[] c = new double[4]; public double this[int i] { get { return c[i]; } } }")]
    public void PlainCSharpStillCompiles(string source) =>
        Assert.That(((Compiled)Compile(source)).Errors, Is.Empty);
}
