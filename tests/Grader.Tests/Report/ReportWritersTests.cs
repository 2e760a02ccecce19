using Grader.Assignments;
using Grader.Check;
using Grader.Report;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Report;

public class ReportWritersTests
{
    static ClassReport report = null!;

    [OneTimeSetUp]
    public async Task Grade()
    {
        var submissions = new[] { "correct.csx", "throws.csx", "wrong-signature.csx" }.Select(Fixtures.Submission);
        report = await Fixtures.Grade(Fixtures.Load(Fixtures.Tiny), submissions);
    }

    [Test]
    public void AStudentReportShowsPublicValuesButNeverAHiddenExpectedValue()
    {
        var wrong = report.Students.Single(s => s.Student == "throws");
        var markdown = MarkdownWriter.Student(report, wrong with { Questions = [.. wrong.Questions.Select(Hide)] });
        Assert.That(markdown, Does.Contain(StudentText.Markdown(CaseReport.HiddenDetail)));
        Assert.That(markdown, Does.Not.Contain("SECRET"));
        Assert.That(markdown, Does.Contain("**Score: 4 / 10** (+ 2 points graded by hand)"));
    }

    // A hidden wrong answer whose message would reveal the expected value.
    static QuestionReport Hide(QuestionReport q) =>
        q with
        {
            Cases = [.. q.Cases.Select(c => c.Public
                ? c
                : c with { Verdict = VerdictKind.WrongAnswer, Message = "expected SECRET" })],
        };

    [Test]
    public void HtmlIsTheMarkdownRenderedWithTables()
    {
        var html = HtmlWriter.Page("t", MarkdownWriter.Summary(report));
        Assert.That(html, Does.StartWith("<!DOCTYPE html>").And.Contain("<table>").And.Contain("<style>"));
        Assert.That(html, Does.Contain("href=\"students/correct/staff.html\""));
    }

    [Test]
    public void GradesCsvHasOneRowPerStudentAndBlankManualScores()
    {
        var lines = CsvWriter.Grades(report).TrimEnd().Split('\n');
        Assert.That(lines[0],
                    Is.EqualTo("student,score,max_score,conv1d,dw,why,refused,raw_score,late_penalty_percent,status"));
        Assert.That(lines.Skip(1), Is.EqualTo(new[]
        {
            "correct,10,10,6,4,,,10,0,graded", "throws,4,10,0,4,,,4,0,graded", "wrong-signature,4,10,0,4,,,4,0,graded",
        }));
    }

    [Test]
    public void ResultsJsonHasEveryStudentQuestionAndCase()
    {
        var json = JObject.Parse(JsonWriter.Results(report));
        var conv = json["students"]![1]!["questions"]![0]!;
        Assert.That((double)conv["max_score"]!, Is.EqualTo(6));
        Assert.That((string)conv["cases"]![0]!["verdict"]!, Is.EqualTo("runtime error"));
        Assert.That(json["students"]![0]!["questions"]![2]!["score"]!.Type, Is.EqualTo(JTokenType.Null),
                    "manual questions await a TA");
    }

    [Test]
    public void AStoredResultIsTheStudentOfResultsJsonAndReadsBackWhole()
    {
        var throws = report.Students.Single(s => s.Student == "throws");
        var stored = new Grader.Pipeline.StoredResult("assignment-key", "submission-key", throws);
        var file = JObject.Parse(stored.ToJson());
        var inResults = JObject.Parse(JsonWriter.Results(report))["students"]!
                               .Single(s => (string)s["student"]! == "throws");
        Assert.That(JToken.DeepEquals(file["report"], inResults), Is.True, "one model, one serializer");
        var header = JObject.Parse(JsonWriter.Results(report)).ToObject<ResultsHeader>(JsonWriter.Serializer)!;
        var read = JsonWriter.Read<Grader.Pipeline.StoredResult>(stored.ToJson(), new CaseBook(header.Cases));
        Assert.That(read.ToJson(), Is.EqualTo(stored.ToJson()));
        var values = read.Report.Questions[0].Cases[0].Values!;
        Assert.That(values.Inputs.ToString(), Is.EqualTo(throws.Questions[0].Cases[0].Values!.Inputs.ToString()),
                    "a case's arguments come back from the cases results.json lists once");
        Assert.That(read.Report.Questions[0].Cases[0].Verdict, Is.EqualTo(VerdictKind.RuntimeError));
        Assert.That(read.Report.Status, Is.EqualTo(throws.Status));
    }

    [Test]
    public void AStoredResultKeepsOnlyTheStudentsOwnValues()
    {
        var throws = report.Students.Single(s => s.Student == "throws");
        var file = JObject.Parse(new Grader.Pipeline.StoredResult("a", "s", throws).ToJson());
        var values = (JObject)file.SelectToken("report.questions[0].cases[0].values")!;
        Assert.That(values.Properties().Select(p => p.Name),
                    Is.EquivalentTo(new[] { "question", "case", "actual", "first_difference" }));
    }

    [Test]
    public void AStoredResultNamingACaseTheAssignmentDoesNotHaveIsNotRead()
    {
        var throws = report.Students.Single(s => s.Student == "throws");
        var text = new Grader.Pipeline.StoredResult("a", "s", throws).ToJson();
        var empty = new CaseBook(new Dictionary<string, IReadOnlyList<GradedCase>>());
        Assert.That(() => JsonWriter.Read<Grader.Pipeline.StoredResult>(text, empty),
                    Throws.InstanceOf<Newtonsoft.Json.JsonException>());
    }

    [Test]
    public void ReportSetWritesEveryFile()
    {
        var root = Path.Combine(Path.GetTempPath(), "grader-reports-" + Guid.NewGuid().ToString("N"));
        new ReportSet(root, "tiny").WriteClass(report, keys: null);
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                             .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order().ToList();
        Assert.That(files, Is.SupersetOf(new[]
        {
            "tiny/grades.csv", "tiny/results.json", "tiny/summary.html", "tiny/summary.md",
            "tiny/students/correct/student.html", "tiny/students/correct/student.md",
            "tiny/students/correct/staff.html", "tiny/students/correct/staff.md",
        }));
        Assert.That(files.Any(f => f.EndsWith(".tmp")), Is.False);
        Directory.Delete(root, true);
    }

    [Test]
    public void ACaseLevelDiagnosisIsShownWhenTheQuestionHasMixedMistakes()
    {
        var student = report.Students.Single(s => s.Student == "correct");
        var conv = student.Questions[0];
        var mixed = conv with
        {
            Diagnosis = null,
            Cases =
            [
                conv.Cases[0] with
                {
                    Verdict = VerdictKind.WrongAnswer, Diagnosis = new("kernel-not-rotated", "kernel not rotated"),
                },
                conv.Cases[1] with
                {
                    Public = true, Verdict = VerdictKind.WrongAnswer,
                    Diagnosis = new("stride-ignored", "stride ignored"),
                },
            ],
        };
        var markdown = MarkdownWriter.Student(report, student with { Questions = [mixed] });
        Assert.That(markdown,
                    Does.Contain("Likely mistake: kernel not rotated").And.Contain("Likely mistake: stride ignored"));
    }

    // Whatever reaches the HTML pipeline, even Markdown an assignment's author wrote by hand, renders no markup and no
    // script link (student text is escaped before it gets there: HostileTextTests).
    [TestCase("<script>alert(1)</script>")]
    [TestCase("<div onclick=\"alert(1)\">x</div>")]
    [TestCase("a <img src=x onerror=alert(1)> b")]
    [TestCase("[x](javascript:alert(1))")]
    [TestCase("[x]( JaVaScRiPt:alert(1))")]
    [TestCase("[x](&#106;avascript:alert(1))")]
    [TestCase("![x](data:text/html;base64,PHNjcmlwdD4=)")]
    [TestCase("<javascript:alert(1)>")]
    [TestCase("[x]: vbscript:msgbox(1)\n\n[go][x]")]
    public void TheHtmlPipelineRendersNoRawHtmlAndNoScriptLink(string markdown)
    {
        var html = HtmlWriter.Page("t", markdown).ToLowerInvariant();
        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<div").And.Not.Contain("<img src=x")
                              .And.Not.Contain("javascript:").And.Not.Contain("data:text")
                              .And.Not.Contain("vbscript:"));
    }

    [Test]
    public void OrdinaryLinksSurviveThePipeline() =>
        Assert.That(HtmlWriter.Page("t", "[a](students/x/report.html) [b](https://example.org/x) "
                                         + "<https://example.org>"),
                    Does.Contain("href=\"students/x/report.html\"").And.Contain("href=\"https://example.org/x\"")
                        .And.Contain("href=\"https://example.org\""));
}
