using Grader.Assignments;
using Grader.Compile;
using Grader.Run;

namespace Grader.Tests.Run;

/// <summary>A runtime error names the line the student wrote: in a helper, a lambda,
/// top-level code or a second file.</summary>
public class RuntimeErrorLineTests
{
    static readonly Assignment Tiny = Fixtures.Load(Fixtures.Tiny);

    // How the script's top-level code failed (null when it ran to the end), and what the first case of conv1d did.
    static (RunOutcome? Load, RunOutcome? FirstCase) Run(string source, IReadOnlySet<int>? joinLines = null)
    {
        var compiled = (Compiled)ScriptCompiler.Compile(source, "student.csx", Tiny.Spec.Questions, joinLines);
        using var pool = new WorkerPool(1, Tiny.Spec.MemoryLimitMb, WorkerLaunch.Default());
        using var lease = pool.Rent();
        var runner = new SubmissionRunner(lease, compiled, Tiny.Spec);
        if (runner.LoadScript() is ScriptLoad.Failed failed) return (failed.Outcome, null);
        var question = Tiny.Spec.Questions.Single(q => q.Id == "conv1d");
        return (null, runner.Run((Bound)compiled.Bindings["conv1d"], Tiny.CasesOf(question)).First());
    }

    static int? LineOf(RunOutcome? outcome) =>
        outcome is Threw threw ? threw.Line : throw new AssertionException($"expected an exception, got {outcome}");

    [Test]
    public void AnErrorInAHelperNamesTheHelpersLine() =>
        Assert.That(LineOf(Run("double[] Conv1D(double[] x, double[] w)\n{\n    return Shift(x, w.Length);\n}\n\n" +
                               "double[] Shift(double[] x, int by)\n{\n    var y = new double[x.Length];\n" +
                               "    for (int i = 0; i < y.Length; i++)\n        y[i] = x[i + by];\n    return y;\n}")
                        .FirstCase), Is.EqualTo(10));

    [Test]
    public void AnErrorInALambdaNamesTheLambdasLine() =>
        Assert.That(LineOf(Run("double[] Conv1D(double[] x, double[] w)\n{\n    return x.Select((v, i) =>\n" +
                               "        v * w[i])\n        .ToArray();\n}").FirstCase), Is.EqualTo(4));

    [Test]
    public void AnErrorInTopLevelCodeNamesItsLine() =>
        Assert.That(LineOf(Run("var table = new int[2];\n\ntable[5] = 1;\n" +
                               "double[] Conv1D(double[] x, double[] w) => x;").Load), Is.EqualTo(3));

    [Test]
    public void AnErrorAfterASwitchExpressionNamesItsLine() =>
        // Roslyn writes extra IL for a switch expression only when it writes a PDB:
        // the line must come from the IL that ran.
        Assert.That(LineOf(Run("double[] Conv1D(double[] x, double[] w)\n{\n" +
                               "    var k = w.Length switch { 1 => 1, _ => 2 };\n    var a = k + 1;\n" +
                               "    var b = a + 1;\n    return new double[b - 100];\n}").FirstCase), Is.EqualTo(6));

    [Test]
    public void AnErrorInTopLevelCodeAfterASwitchExpressionNamesItsLine() =>
        Assert.That(LineOf(Run("var mode = One() switch { 1 => \"a\", _ => \"b\" };\nint One() => 1;\n" +
                               "var t = new int[2];\nt[5] = 1;\ndouble[] Conv1D(double[] x, double[] w) => x;").Load),
                    Is.EqualTo(4));

    [Test]
    public void FindingTheLineOfALargeScriptIsNotOnTheCasesClock()
    {
        // Thousands of helpers: making this script's PDB takes longer than the case's time limit.
        var helpers = string.Concat(Enumerable.Range(0, 16000).Select(i => $"int H{i}(int v) => v + {i};\n"));
        var (_, first) = Run("double[] Conv1D(double[] x, double[] w) => " +
                             "throw new InvalidOperationException(\"early\");\n" + helpers);
        Assert.That(first, Is.TypeOf<Threw>());
        Assert.That(LineOf(first), Is.EqualTo(1));
    }

    [Test]
    public void AnErrorInASecondFileNamesTheLineInThatFile()
    {
        var source = "#line 1 \"a.csx\"\ndouble[] Conv1D(double[] x, double[] w) => Twice(x, w);\n" +
                     "#line 1 \"b.csx\"\n// helpers\ndouble[] Twice(double[] x, double[] w)\n{\n" +
                     "    throw new InvalidOperationException(\"no\");\n}\n";
        Assert.That(LineOf(Run(source, new HashSet<int> { 0, 2 }).FirstCase), Is.EqualTo(4));
    }
}
