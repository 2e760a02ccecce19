using Grader.Tests.Report;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Cli;

/// <summary>
/// `scores`: a TA's sheet merged into every report of a graded class (tiny: correct 10/10, throws 4/10, and "why", 2
/// points by hand), and each wrong row refused with one line naming it, nothing written.
/// </summary>
public class ScoresCommandTests
{
    ScratchClass scratch = null!;
    string Folder => Path.Combine(scratch.Output, "tiny");
    string Sheet => Path.Combine(scratch.Root, "sheet.csv");

    [SetUp]
    public async Task Grade()
    {
        scratch = new(Fixtures.Submission("correct.csx"), Fixtures.Submission("throws.csx"));
        await scratch.Grade();
    }

    [TearDown]
    public void Clean() => scratch.Dispose();

    (int Code, string Said) Scores(params string[] rows)
    {
        File.WriteAllText(Sheet, string.Join("\n", ["student,question,points,comment", .. rows]) + "\n");
        return GradeCommandTests.Run("scores", Sheet, "-o", Folder);
    }

    [Test]
    public void GradeWritesTheTemplateWithEveryManualQuestionBlank() =>
        Assert.That(scratch.Read("manual-scores.csv"),
                    Is.EqualTo("student,question,points,comment\ncorrect,why,,\nthrows,why,,\n"));

    [Test]
    public void MergedPointsReachEveryReportAndExport()
    {
        var run = Scores("correct,why,1.5,\"Good, but say why the kernel flips.\"", "throws,why,,");
        Assert.That(run.Code, Is.Zero, run.Said);
        Assert.That(scratch.Read("grades.csv"), Does.Contain("correct,11.5,12,6,4,1.5,,11.5,0,graded")
                                                    .And.Contain("throws,4,10,0,4,,,4,0,graded"));
        var why = JObject.Parse(scratch.Read("results.json"))["students"]![0]!["questions"]![2]!;
        Assert.That(((double)why["score"]!, (string)why["comment"]!),
                    Is.EqualTo((1.5, "Good, but say why the kernel flips.")));
        Assert.That(scratch.Read("students/correct/student.md"), Does.Contain("**Score: 11.5 / 12**  ")
            .And.Contain("1.5 / 2").And.Contain("**TA's comment:** Good\\, but say why"));
        Assert.That(scratch.Read("students/throws/student.md"),
                    Does.Contain("**Score: 4 / 10** (+ 2 points graded by hand)"));
        Assert.That(scratch.Read("summary.md"), Does.Contain("/staff.html) | graded | 11.5 | 6 | 4 | 1.5 |"));
        Assert.That(scratch.Read("students/correct/result.json"), Does.Contain("Good, but say why"),
                    "kept for --resume and merge");
        Assert.That(scratch.Read("manual-scores.csv"),
                    Does.Contain("correct,why,1.5,\"Good, but say why the kernel flips.\""));
        Assert.That(scratch.Read("canvas-grades.csv"), Does.Contain("\ncorrect,,,correct,,11.5\n"));
        Assert.That(scratch.Read("moodle-grades.csv"), Does.Contain("\n,,correct,,,,11.5\n"));
    }

    [Test]
    public void ARegradeKeepsTheTasFilledSheet()
    {
        File.WriteAllText(Path.Combine(Folder, "manual-scores.csv"),
                          "student,question,points,comment\ncorrect,why,2,\nthrows,why,,\n");
        var regrade = GradeCommandTests.Run("grade", Fixtures.Tiny, scratch.Input, "-o", scratch.Output,
                                            "--timestamp", "fixed");
        Assert.That(regrade.Code, Is.Zero);
        Assert.That(scratch.Read("manual-scores.csv"), Does.Contain("correct,why,2,"));
    }

    [TestCase("correct,why,2.5,",
              "sheet.csv row 3 (correct, why): 2.5 points is outside 0 to the question's maximum 2")]
    [TestCase("mallory,why,1,", "sheet.csv row 3 (mallory, why): no student 'mallory' in this class")]
    [TestCase("correct,conv1d,1,", "sheet.csv row 3 (correct, conv1d): no question 'conv1d' graded by hand")]
    [TestCase("correct,whyy,1,", "sheet.csv row 3 (correct, whyy): no question 'whyy' graded by hand")]
    [TestCase("correct,why,lots,", "sheet.csv row 3 (correct, why): points 'lots' is not a number")]
    public void AWrongRowIsOneLineAndNothingIsWritten(string row, string error)
    {
        Dictionary<string, string> Files() =>
            Directory.GetFiles(Folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
        var before = Files();
        var run = Scores("throws,why,1,", row);
        GradeCommandTests.AssertOneLineError(run, error); // row 3: the header is row 1, a right row is row 2
        Assert.That(Files(), Is.EqualTo(before));
    }

    [Test]
    public void EveryWrongRowIsSaid()
    {
        var run = Scores("correct,why,9,", "mallory,why,1,");
        Assert.That(run.Code, Is.EqualTo(2));
        Assert.That(run.Said.Split('\n').Count(l => l.StartsWith("error: sheet.csv row ")), Is.EqualTo(2), run.Said);
    }
}
