using Grader.Report;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Report;

/// <summary>
/// Gradescope's and PrairieLearn's results.json for graded students, validated against schemas written from their
/// specs.
/// </summary>
public class PlatformWritersTests
{
    const string Gradescope = "gradescope-results.schema.json", PrairieLearn = "prairielearn-results.schema.json";
    readonly ScratchClass scratch = new(Fixtures.Submission("correct.csx"), Fixtures.Submission("throws.csx"),
                                        Fixtures.Submission("does-not-compile.csx"), Path.Combine(Fixtures.Root,
                                            "report", "leaks-hidden.csx"));
    ClassReport report = null!;

    [OneTimeSetUp]
    public async Task Grade() => report = await scratch.Grade();

    [OneTimeTearDown]
    public void Clean() => scratch.Dispose();

    StudentReport Student(string id) => Fixtures.Student(report, id);

    [Test]
    public void EveryStudentsResultsFitBothSchemas()
    {
        foreach (var student in report.Students)
        {
            Assert.That(Schemas.JsonErrors(Gradescope,
                                           GradescopeWriter.Results(report, student, "after_published",
                                                                    2.4)), Is.Empty, student.Student);
            Assert.That(Schemas.JsonErrors(PrairieLearn, PrairieLearnWriter.Results(report, student)), Is.Empty,
                        student.Student);
        }
    }

    [Test]
    public void TheSchemasRefuseWhatThePlatformsWouldNot()
    {
        var gradescope = JObject.Parse(GradescopeWriter.Results(report, Student("throws"), "after_published", 1));
        gradescope["tests"]![0]!["status"] = "error";
        Assert.That(Schemas.JsonErrors(Gradescope, gradescope.ToString()), Is.Not.Empty,
                    "a status Gradescope does not know");
        gradescope = JObject.Parse(GradescopeWriter.Results(report, Student("throws"), "after_published", 1));
        gradescope["visibilty"] = "hidden";
        Assert.That(Schemas.JsonErrors(Gradescope, gradescope.ToString()), Is.Not.Empty, "a misspelt key");
        var prairie = JObject.Parse(PrairieLearnWriter.Results(report, Student("throws")));
        prairie["score"] = 4;
        Assert.That(Schemas.JsonErrors(PrairieLearn, prairie.ToString()), Is.Not.Empty, "a score out of 0..1");
    }

    [Test]
    public void GradescopeHasATestPerCaseScoredAndNumberedWithHiddenCasesAsTheAssignmentSays()
    {
        var student = Student("throws");
        var results = JObject.Parse(GradescopeWriter.Results(report, student, "after_due_date", 2.4));
        var tests = (JArray)results["tests"]!;
        Assert.That(tests, Has.Count.EqualTo(student.Questions.Where(q => !q.Manual).Sum(q => q.Cases.Count)));
        Assert.That((double)results["score"]!, Is.EqualTo(student.Score)
                                               .And.EqualTo(tests.Sum(t => (double)t["score"]!)).Within(1e-9));
        Assert.That((int)results["execution_time"]!, Is.EqualTo(3));
        Assert.That(tests.Select(t => (string)t["number"]!), Is.EqualTo(new[] { "1.1", "1.2", "1.3", "2.1", "2.2" }));
        Assert.That(tests.Where(t => ((string)t["name"]!).EndsWith("(hidden)")).Select(t => (string)t["visibility"]!),
                    Has.All.EqualTo("after_due_date"));
        Assert.That(tests.Where(t => !((string)t["name"]!).EndsWith("(hidden)")).Select(t => (string)t["visibility"]!),
                    Has.All.EqualTo("visible"));
        Assert.That((string)tests[0]["status"]!, Is.EqualTo("failed"));
        Assert.That((string)tests[0]["output"]!, Does.StartWith("runtime error: IndexOutOfRangeException"));
        var formats = results.Descendants().OfType<JProperty>().Where(p => p.Name.EndsWith("format"));
        Assert.That(formats.Select(p => (string)p.Value!),
                    Has.All.EqualTo("text"), "no text is rendered as HTML or Markdown");
    }

    [Test]
    public void PrairieLearnScoresFromZeroToOneAndDoesNotCountASubmissionThatDoesNotCompile()
    {
        var correct = JObject.Parse(PrairieLearnWriter.Results(report, Student("correct")));
        Assert.That(((bool)correct["gradable"]!, (double)correct["score"]!), Is.EqualTo((true, 1.0)));
        var throws = JObject.Parse(PrairieLearnWriter.Results(report, Student("throws")));
        Assert.That((double)throws["score"]!, Is.EqualTo(Student("throws").Score / 10).Within(1e-9));
        Assert.That(((JArray)throws["tests"]!).Sum(t => (double)t["max_points"]!), Is.EqualTo(10).Within(1e-9));
        var broken = JObject.Parse(PrairieLearnWriter.Results(report, Student("does-not-compile")));
        Assert.That((bool)broken["gradable"]!, Is.False);
        Assert.That(broken["format_errors"]!.Values<string>(), Has.Some.Contains("error CS1002"));
    }
}
