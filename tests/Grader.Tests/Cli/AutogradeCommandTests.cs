using Newtonsoft.Json.Linq;
using Grader.Tests.Report;

namespace Grader.Tests.Cli;

/// <summary>`autograde` as a Gradescope or PrairieLearn container runs it: one submission, every case.</summary>
public class AutogradeCommandTests() : ScratchFolderTests("grader-autograde-")
{
    [Test]
    public void WritesBothPlatformsResultsForASubmissionFolder()
    {
        // Gradescope hands the submission in as a folder of the student's files.
        var submission = Path.Combine(Scratch, "submission");
        Directory.CreateDirectory(submission);
        File.Copy(Fixtures.Submission("throws.csx"), Path.Combine(submission, "solution.csx"));
        var gradescope = Path.Combine(Scratch, "results", "results.json");
        var prairie = Path.Combine(Scratch, "grade", "results", "results.json");
        Assert.That(Program.Main(["autograde", Fixtures.Tiny, submission, "--gradescope", gradescope,
                                  "--prairielearn", prairie]), Is.Zero);
        Assert.That(Schemas.JsonErrors("gradescope-results.schema.json", File.ReadAllText(gradescope)), Is.Empty);
        Assert.That(Schemas.JsonErrors("prairielearn-results.schema.json", File.ReadAllText(prairie)), Is.Empty);
        var results = JObject.Parse(File.ReadAllText(gradescope));
        Assert.That(results["tests"]!.Count(t => (string)t["visibility"]! == "after_published"), Is.EqualTo(3),
                    "the hidden cases are graded");
        Assert.That((double)results["score"]!, Is.EqualTo(4));
    }

    [Test]
    public void TheAssignmentSetsWhenHiddenCasesAreShown()
    {
        var assignment = Path.Combine(Scratch, "tiny");
        Directory.CreateDirectory(Path.Combine(assignment, "cases"));
        foreach (var file in new[] { "cases/public.json", "cases/hidden.json" })
            File.Copy(Path.Combine(Fixtures.Tiny, file), Path.Combine(assignment, file));
        var spec = JObject.Parse(File.ReadAllText(Path.Combine(Fixtures.Tiny, "assignment.json")));
        spec["hiddenCaseVisibility"] = "hidden";
        File.WriteAllText(Path.Combine(assignment, "assignment.json"), spec.ToString());
        var gradescope = Path.Combine(Scratch, "results.json");
        Assert.That(Program.Main(["autograde", assignment, Fixtures.Submission("correct.csx"), "--gradescope",
                                  gradescope]), Is.Zero);
        Assert.That(JObject.Parse(File.ReadAllText(gradescope))["tests"]!.Select(t => (string)t["visibility"]!),
                    Is.EquivalentTo(new[] { "visible", "hidden", "hidden", "visible", "hidden" }));

        spec["hiddenCaseVisibility"] = "later";
        File.WriteAllText(Path.Combine(assignment, "assignment.json"), spec.ToString());
        Assert.That(Program.Main(["autograde", assignment, Fixtures.Submission("correct.csx"), "--gradescope",
                                  gradescope]), Is.EqualTo(2));
    }

    [Test]
    public void AMissingSubmissionIsAUsageError() =>
        Assert.That(Program.Main(["autograde", Fixtures.Tiny, Path.Combine(Scratch, "nope")]), Is.EqualTo(2));
}
