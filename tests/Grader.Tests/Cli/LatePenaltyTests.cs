using Grader.Report;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Cli;

/// <summary>
/// The tiny assignment due 2026-12-01 12:00 UTC, 10% per started day up to 25%, closed 2026-12-04 12:00 UTC, graded
/// with Fixtures/late/manifest.csv: correct (raw 10) a day and a second late, 8; throws (4) exactly on time;
/// wrong-signature (4) a second past the late due date, 0. Every report and export shows the final score.
/// </summary>
public class LatePenaltyTests
{
    string scratch = "";
    string Assignment => Path.Combine(scratch, "tiny");
    string Out => Path.Combine(scratch, "out");
    string Read(string file) => File.ReadAllText(Path.Combine(Out, "tiny", file));

    [OneTimeSetUp]
    public void Grade()
    {
        scratch = Directory.CreateTempSubdirectory("grader-late-").FullName;
        Directory.CreateDirectory(Path.Combine(Assignment, "cases"));
        foreach (var file in new[] { "cases/public.json", "cases/hidden.json" })
            File.Copy(Path.Combine(Fixtures.Tiny, file), Path.Combine(Assignment, file));
        var spec = JObject.Parse(File.ReadAllText(Path.Combine(Fixtures.Tiny, "assignment.json")));
        spec["dueDate"] = "2026-12-01T12:00:00Z";
        spec["lateDueDate"] = "2026-12-04T12:00:00Z";
        spec["latePenalty"] = new JObject { ["percent"] = 10, ["per"] = "day", ["maxPercent"] = 25 };
        File.WriteAllText(Path.Combine(Assignment, "assignment.json"), spec.ToString());
        var input = Path.Combine(scratch, "in");
        Directory.CreateDirectory(input);
        foreach (var name in new[] { "correct.csx", "throws.csx", "wrong-signature.csx" })
            File.Copy(Fixtures.Submission(name), Path.Combine(input, name));
        var (code, said) = GradeCommandTests.Run("grade", Assignment, input, "-o", Out, "--timestamp", "fixed",
                                                 "--manifest", Path.Combine(Fixtures.Root, "late", "manifest.csv"));
        Assert.That(code, Is.Zero, said);
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(scratch, true);

    [Test]
    public void GradesCsvHasTheFinalScoreTheRawScoreThePenaltyAndTheStatus() =>
        Assert.That(Read("grades.csv").TrimEnd().Split('\n'), Is.EqualTo(new[]
        {
            "student,score,max_score,conv1d,dw,why,refused,raw_score,late_penalty_percent,status",
            "correct,8,10,6,4,,,10,20,late",
            "throws,4,10,0,4,,,4,0,graded",
            "wrong-signature,0,10,0,4,,,4,100,past late due date",
        }));

    [Test]
    public void TheLmsExportsTakeTheFinalScore()
    {
        Assert.That(Read(GradebookExports.CanvasFile).TrimEnd().Split('\n').Skip(2),
                    Is.EqualTo(new[]
                    {
                        "correct,,,correct,,8", "throws,,,throws,,4", "wrong-signature,,,wrong-signature,,0",
                    }));
        Assert.That(Read(GradebookExports.MoodleFile).TrimEnd().Split('\n').Skip(1),
                    Is.EqualTo(new[] { ",,correct,,,,8", ",,throws,,,,4", ",,wrong-signature,,,,0" }));
    }

    [Test]
    public void ReportsShowRawScorePenaltyAndFinalScore()
    {
        var line = "Submitted 2026-12-02 12:00:01 UTC, 1 d 1 s late: raw score 10, late penalty 20% (−2), "
                   + "final score 8.";
        Assert.That(LateText.Duration(TimeSpan.FromSeconds(86401)), Is.EqualTo("1 d 1 s"));
        Assert.That(Read("students/correct/student.md"),
                    Does.Contain("**Score: 8 / 10**").And.Contain(StudentText.Markdown(line)));
        Assert.That(Read("students/throws/student.md"),
                    Does.Contain(StudentText.Markdown("Submitted 2026-12-01 12:00:00 UTC, on time.")));
        Assert.That(Read("students/wrong-signature/staff.md"),
                    Does.Contain(StudentText.Markdown("after the late due date: it scores 0 (raw score 4).")));
        Assert.That(Read("summary.md"),
                    Does.Contain("| late | 8 (raw 10, −20%) |").And.Contain("1 late, 1 past late due date"));
        var correct = JObject.Parse(Read("results.json"))["students"]![0]!;
        var penalty = (double)correct["late"]!["penalty_percent"]!;
        Assert.That(((double)correct["score"]!, (double)correct["raw_score"]!, penalty),
                    Is.EqualTo((8.0, 10.0, 20.0)));
    }

    [Test]
    public void AutogradeTakesGradescopesSubmissionTime()
    {
        var gradescope = Path.Combine(scratch, "gradescope.json");
        var metadata = Path.Combine(Fixtures.Root, "late", "submission_metadata.json");
        Assert.That(Program.Main(["autograde", Assignment, Fixtures.Submission("correct.csx"),
                                  "--gradescope", gradescope, "--submission-metadata", metadata]), Is.Zero);
        var results = JObject.Parse(File.ReadAllText(gradescope));
        Assert.That((double)results["score"]!, Is.EqualTo(9), "a second late: 10% off");
        Assert.That((string)results["output"]!, Does.Contain("late penalty 10%"));
    }

    [Test]
    public void AStudentTheManifestMissesIsNamed()
    {
        var manifest = Path.Combine(scratch, "partial.csv");
        File.WriteAllText(manifest, "student,submitted_at\ncorrect,2026-12-01T00:00:00Z\n");
        var (code, said) = GradeCommandTests.Run("grade", Assignment, Path.Combine(scratch, "in"),
                                                 "-o", Path.Combine(scratch, "out3"), "--manifest", manifest);
        Assert.That(code, Is.Zero, said);
        Assert.That(said, Does.Contain("note: the manifest gives no time for 2 student(s), who are not judged late: "
                                       + "throws, wrong-signature"));
    }

    [Test]
    public void ABadManifestIsOneLinePerRowAndNothingIsGraded()
    {
        var manifest = Path.Combine(Fixtures.Root, "late", "bad-manifest.csv");
        var (code, said) = GradeCommandTests.Run("grade", Assignment, Path.Combine(scratch, "in"),
                                                 "-o", Path.Combine(scratch, "out2"), "--manifest", manifest);
        Assert.That((code, Directory.Exists(Path.Combine(scratch, "out2"))), Is.EqualTo((2, false)));
        Assert.That(said, Does.Contain("bad-manifest.csv row 2 (correct): 'yesterday' is not an ISO 8601 time"));
    }
}
