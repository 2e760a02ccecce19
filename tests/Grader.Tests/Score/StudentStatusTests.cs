using Grader.Pipeline;
using Grader.Cli;
using Grader.Report;
using Grader.Tests.Report;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Score;

/// <summary>
/// Every status kind from a real submission (Fixtures/report/status/ and the shared fixtures), decided from typed
/// outcomes and shown in the summary (with counts in its header), grades.csv and results.json.
/// </summary>
public class StudentStatusTests
{
    static string Status(string name) => Path.Combine(Fixtures.Root, "report", "status", name);

    readonly ScratchClass scratch = new(Fixtures.Submission("correct.csx"), Status("unchanged-template.csx"),
                                        Fixtures.Submission("does-not-compile.csx"),
                                        Path.Combine(Fixtures.Root, "report", "refused-helper.csx"),
                                        Status("top-level-throws.csx"));
    ClassReport report = null!;

    [OneTimeSetUp]
    public async Task Grade()
    {
        // A link to a folder is refused as a submission: nothing of it is read.
        Directory.CreateSymbolicLink(Path.Combine(scratch.Input, "linked"), Fixtures.Submissions);
        report = await scratch.Grade();
    }

    [OneTimeTearDown]
    public void Clean() => scratch.Dispose();

    [TestCase("correct", StudentStatus.Graded)]
    [TestCase("unchanged-template", StudentStatus.UnchangedTemplate)]
    [TestCase("does-not-compile", StudentStatus.DoesNotCompile)]
    [TestCase("refused-helper", StudentStatus.RefusedCode)]
    [TestCase("top-level-throws", StudentStatus.TopLevelFailure)]
    [TestCase("linked", StudentStatus.NotGraded)]
    public void EachSubmissionGetsItsStatus(string student, StudentStatus status) =>
        Assert.That(Fixtures.Student(report, student).Status, Is.EqualTo(status));

    [Test]
    public async Task AScriptWithoutItsWeightsIsMissingAHandedInFile()
    {
        var handin = Fixtures.Load(Path.Combine(Fixtures.Root, "handin"));
        var graded = await Fixtures.Grade(handin, [Status("no-weights")], jobs: 1);
        Assert.That(graded.Students.Single().Status, Is.EqualTo(StudentStatus.MissingHandedInFile));
        Assert.That(graded.Students.Single().Score, Is.EqualTo(6), "the script itself is graded");
    }

    [Test]
    public void TheTemplateIsRecognisedWhateverItsWhitespace()
    {
        var template = File.ReadAllText(Path.Combine(Fixtures.Tiny, "template.csx"));
        var unchanged = File.ReadAllText(Status("unchanged-template.csx"));
        Assert.That(Grader.Score.StatusOf.IsTemplate(unchanged, template), Is.True);
        var renamed = template.Replace("x, double[] w", "x, double[] v");
        Assert.That(Grader.Score.StatusOf.IsTemplate(renamed, template), Is.False);
        Assert.That(Grader.Score.StatusOf.IsTemplate(template, null), Is.False);
    }

    [Test]
    public void TheSummaryCountsAndShowsEachStatus()
    {
        var summary = scratch.Read("summary.md");
        Assert.That(summary, Does.Contain("Status: 1 graded, 1 unchanged template, 1 does not compile, 1 refused code, "
                                          + "1 top-level failure, 1 not graded."));
        Assert.That(summary, Does.Contain("| Student | Status | Score |"));
        Assert.That(summary, Does.Contain("/staff.html) | top-level failure | 0 |"));
        Assert.That(scratch.Read("summary.html"), Does.Contain("<td>unchanged template</td>"));
    }

    [Test]
    public void GradesCsvEndsWithTheStatus()
    {
        var rows = scratch.Read("grades.csv").TrimEnd().Split('\n');
        Assert.That(rows[0], Does.EndWith(",refused,raw_score,late_penalty_percent,status"));
        Assert.That(rows.Single(r => r.StartsWith("does-not-compile,")), Does.EndWith(",does not compile"));
        Assert.That(rows.Single(r => r.StartsWith("correct,")), Does.EndWith(",,10,0,graded"));
    }

    [Test]
    public void ResultsJsonAndMergeCarryTheStatus()
    {
        var students = (JArray)JObject.Parse(scratch.Read("results.json"))["students"]!;
        var unchanged = students.Single(s => (string)s["student"]! == "unchanged-template");
        Assert.That((string)unchanged["status"]!, Is.EqualTo("unchanged template"));
        var merged = ClassMerge.Read([scratch.Output]).Single().Report;
        Assert.That(merged.Students.Select(s => s.Status), Is.EqualTo(report.Students.Select(s => s.Status)));
    }
}
