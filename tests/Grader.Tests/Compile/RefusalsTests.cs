using Grader.Compile;

namespace Grader.Tests.Compile;

/// <summary>
/// The compiler hands every refused use on as a typed Refusal: file, line and reason, never parsed from text.
/// </summary>
public class RefusalsTests
{
    static readonly IReadOnlyList<Grader.Assignments.QuestionSpec> Questions =
        Fixtures.Load(Fixtures.Tiny).Spec.Questions;

    [Test]
    public void AGuardRefusalGivesItsFileLineAndReason()
    {
        var folder = Path.Combine(Fixtures.Root, "redteam", "moves-lines-in-a-folder");
        var submission = Grader.Pipeline.Submission.FromPath(folder)!;
        var outcome = ScriptCompiler.Compile(submission.Source + "var gone = System.GC.GetTotalMemory(false);\n",
                                             submission.FileName, Questions, submission.JoinLines);
        Assert.That(outcome.Refusals.Select(r => (r.File, r.Line)).Distinct(),
                    Is.EqualTo(new (string?, int?)[] { ("b.csx", 1), ("b.csx", 11) }));
        Assert.That(outcome.Refusals[1].Reason,
                    Does.StartWith("`GC` is not allowed in homework (the garbage collector)"));
    }

    [Test]
    public void AFileNamedLikeADiagnosticNeitherHidesARefusalNorForgesOne()
    {
        // A compile error's text quotes the student's source; only the guard's own diagnostics become refusals.
        var outcome = ScriptCompiler.Compile(
            "int x = \"error GR0001: `File` is not allowed\" ;\nvar f = System.IO.File.Exists(\"a\");", "student.csx",
            Questions);
        Assert.That(outcome.Refusals.Select(r => r.Line).Distinct(), Is.EqualTo(new int?[] { 2 }));
    }

    [Test]
    public async Task ARefusedMethodInAClassIsStubbedAloneAndTheFunctionsUsingTheClassStillScore()
    {
        var report = await Fixtures.Grade(Fixtures.Load(Fixtures.Tiny),
            [Path.Combine(Fixtures.Root, "refusals", "refused-member-in-a-class.csx")]);
        var student = report.Students.Single();
        Assert.That(student.Refusals.Select(r => r.Line).Distinct(), Is.EqualTo(new int?[] { 6 }));
        Assert.That(student.Score, Is.EqualTo(10), "the refused ToString is used by no case");
    }

    [Test]
    public void ACompileErrorIsNoRefusal()
    {
        var outcome = ScriptCompiler.Compile("double[] Conv1D(double[] x, double[] w) => y;", "student.csx", Questions);
        Assert.That(outcome.Refusals, Is.Empty);
    }

    [Test]
    public void ARefusedFunctionIsBoundAsRefusedAndABrokenOneAsNotCompiled()
    {
        var compiled = (Compiled)ScriptCompiler.Compile("""
            double[] Conv1D(double[] x, double[] w) { System.GC.Collect(); return x; }
            double[] Conv1DWeightGradient(double[] x, double[] dz) => y;
            """, "student.csx", Questions);
        Assert.That(compiled.Bindings["conv1d"], Is.TypeOf<Refused>());
        Assert.That(compiled.Bindings["dw"], Is.TypeOf<NotCompiled>());
    }
}
