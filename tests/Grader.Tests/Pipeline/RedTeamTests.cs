namespace Grader.Tests.Pipeline;

/// <summary>
/// Attacks found by an independent review, each graded before an honest submission in the same worker (`--jobs 1`):
/// the attacker gets its own verdict and the honest one keeps full marks.
/// </summary>
public class RedTeamTests
{
    static string Attack(string name) =>
        Path.Combine(Fixtures.Root, "redteam",
                     Directory.Exists(Path.Combine(Fixtures.Root, "redteam", name)) ? name : name + ".csx");

    [TestCase("forges-replies", "`Console.Write` is not allowed in homework (restricted APIs)")]
    [TestCase("pins-pool-memory", "`ArrayPool` is not allowed in homework (process-wide settings)")]
    [TestCase("snoops-pool", "`ArrayPool` is not allowed in homework (process-wide settings)")]
    public async Task TheAttackIsRefusedAndTheNextStudentKeepsFullMarks(string attack, string refusal)
    {
        var report = await Fixtures.Grade(Fixtures.Load(Fixtures.Tiny),
                                          [Attack(attack), Fixtures.Submission("correct.csx")], jobs: 1);
        var attacker = Fixtures.Student(report, attack);
        Assert.That(attacker.CompileErrors, Has.Some.Contains(refusal));
        Assert.That(Fixtures.Student(report, "correct").Score, Is.EqualTo(10));
    }

    [TestCase("moves-lines", "line 11, column 1: error GR0001: `#line` is not allowed in homework")]
    [TestCase("moves-lines", "line 14, column 1: error GR0001: `#line` is not allowed in homework")]
    [TestCase("moves-lines-in-a-folder", "b.csx, line 1, column 1: error GR0001: `#line` is not allowed in homework")]
    public async Task OnlyTheGraderMovesTheLinesAMessageNames(string attack, string refusal)
    {
        var report = await Fixtures.Grade(Fixtures.Load(Fixtures.Tiny), [Attack(attack)], jobs: 1);
        var attacker = Fixtures.Student(report, attack);
        Assert.That(attacker.CompileErrors, Has.Some.StartsWith(refusal));
        Assert.That(attacker.CompileErrors, Has.None.Contains("alice"));
        Assert.That(attacker.CompileErrors.Count(e => e.Contains("`#line`")),
                    Is.EqualTo(attack == "moves-lines" ? 2 : 1), "the grader's own joins are not refused");
        Assert.That(Fixtures.Question(attacker, "conv1d").Score, Is.EqualTo(6),
                    "the grader's own joins and the untouched function still work");
    }

    [Test]
    public async Task ConsoleWritersOneSubmissionDisposesStillKeepTheNextOnesOutput()
    {
        var copy = Directory.CreateTempSubdirectory("grader-console-").FullName;
        try
        {
            File.Copy(Attack("disposes-console"), Path.Combine(copy, "b-next.csx"));
            File.Copy(Attack("disposes-console"), Path.Combine(copy, "a-first.csx"));
            var report = await Fixtures.Grade(Fixtures.Load(Fixtures.Tiny), Directory.GetFiles(copy).Order(), jobs: 1);
            foreach (var id in new[] { "a-first", "b-next" })
            {
                var student = Fixtures.Student(report, id);
                var worked = Fixtures.Question(student, "conv1d").Cases[0];
                Assert.That(worked.Message, Does.Contain("stops here"), id);
                Assert.That(worked.Output, Does.Contain("kept on stderr").And.Contain("kept on stdout")
                                               .And.Contain("and after disposing"), id);
                Assert.That(Fixtures.Question(student, "dw").Score, Is.EqualTo(4), id);
            }
        }
        finally { Directory.Delete(copy, true); }
    }

    [Test]
    public async Task HiddenInputsKeptInAStaticNeverReachAPublicCasesMessage()
    {
        var report = await Fixtures.Grade(Fixtures.Load(Fixtures.Tiny), [Attack("leaks-hidden-inputs")], jobs: 1);
        var student = Fixtures.Student(report, "leaks-hidden-inputs");
        var hiddenInputs = Fixtures.Load(Fixtures.Tiny).Cases["conv1d"].Where(c => !c.Public)
            .Select(c => string.Join(" ", c.Args[0]!.Select(v => (double)v!))).ToList();
        var shown = student.ForStudent().Questions.SelectMany(q => q.Cases).Select(c => c.Message + c.Output).ToList();
        foreach (var input in hiddenInputs) Assert.That(shown, Has.None.Contains(input));
    }
}
