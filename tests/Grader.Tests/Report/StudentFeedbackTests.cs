using Grader.Cli;
using Grader.Report;

namespace Grader.Tests.Report;

/// <summary>
/// A wrong answer on the public case that prints markup and a code fence (Fixtures/report/prints-wrong.csx): the
/// student's report shows its inputs, the values around the first difference, a call to paste, and the console output
/// as text; the staff report shows every case's values, hidden ones too.
/// </summary>
public class StudentFeedbackTests
{
    const string Call = "var result = Conv1D(new double[] { 1, 2, 3, 4 }, new double[] { 1, 1 });";
    readonly ScratchClass scratch = new(Path.Combine(Fixtures.Root, "report", "prints-wrong.csx"));
    ClassReport report = null!;

    [OneTimeSetUp]
    public async Task Grade() => report = await scratch.Grade();

    [OneTimeTearDown]
    public void Clean() => scratch.Dispose();

    string File(string name) => scratch.Read(Path.Combine("students", "prints-wrong", name));

    [Test]
    public void AFailingPublicCaseShowsItsInputsTheFirstDifferenceAndACallToPaste()
    {
        var markdown = File(ReportSet.StudentMarkdown);
        Assert.That(markdown, Does.Contain("Inputs:").And.Contain("[[1,2,3,4],[1,1]]"));
        Assert.That(markdown, Does.Contain(StudentText.Markdown("First difference, at [2]; elements [0..2]") + ":"));
        Assert.That(markdown, Does.Match(@"expected: 3(\.0)?, 5(\.0)?, 7(\.0)?\nactual:   3(\.0)?, 5(\.0)?, 8(\.0)?"));
        Assert.That(markdown, Does.Contain("```csharp\n" + Call + "\n```"));
    }

    [Test]
    public void ConsoleOutputIsShownAsTextInsideAFenceItCannotClose()
    {
        var markdown = File(ReportSet.StudentMarkdown);
        Assert.That(markdown, Does.Contain("````text\nPrintedLine ``` <b>bold</b> *star*\n"));
        var html = File(ReportSet.StudentHtml);
        Assert.That(html, Does.Contain("PrintedLine ``` &lt;b&gt;bold&lt;/b&gt; *star*").And.Not.Contain("<b>bold"));
        Inert.Markdown(markdown, ReportSet.StudentMarkdown);
    }

    [Test]
    public void TheStudentReportHasNoHiddenValuesButTheStaffReportHasThemAll()
    {
        var hidden = Fixtures.Question(report.Students[0], "conv1d").Cases.Where(c => !c.Public).ToList();
        Assert.That(hidden, Has.Count.EqualTo(2));
        var staff = File(ReportSet.StaffMarkdown);
        var student = File(ReportSet.StudentMarkdown);
        foreach (var c in hidden)
        {
            var inputs = CaseFeedback.Json(c.Values!.Inputs, CaseFeedback.StaffLimit);
            var expected = CaseFeedback.Json(c.Values.Expected, CaseFeedback.StaffLimit);
            Assert.That(staff, Does.Contain(inputs).And.Contain(expected));
            Assert.That(staff, Does.Contain(CaseFeedback.Json(c.Values.Actual!, CaseFeedback.StaffLimit)));
            Assert.That(student, Does.Not.Contain(inputs));
        }
        Assert.That(staff, Does.Contain("(staff report)").And.Contain("#### conv1d / hidden 1 (hidden): wrong answer"));
    }

    [Test]
    public void GradescopeAndPrairieLearnCarryTheSameFeedback()
    {
        var student = report.Students[0];
        var files = new[]
        {
            GradescopeWriter.Results(report, student, "visible", 1), PrairieLearnWriter.Results(report, student),
        };
        foreach (var results in files)
        {
            var outputs = Newtonsoft.Json.Linq.JObject.Parse(results)["tests"]!
                .Select(t => (string?)t["output"]).ToList();
            Assert.That(outputs, Has.Some.Contains(Call).And.Some.Contains("First difference, at [2]"));
        }
    }

    [Test]
    public void CheckPrintsTheSameFeedback()
    {
        var printed = new StringWriter();
        CheckCommand.Print(report.Students[0].ForStudent(), printed);
        Assert.That(printed.ToString(), Does.Contain("      " + Call).And.Contain("      PrintedLine ```"));
        Assert.That(printed.ToString(), Does.Contain("    First difference, at [2]; elements [0..2]:"));
    }
}
