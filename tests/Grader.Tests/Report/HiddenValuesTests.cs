using System.Globalization;
using Grader.Report;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Report;

/// <summary>
/// The hidden cases' expected values and inputs (from the tiny assignment's cases/hidden.json) are in the TA's
/// results.json for two submissions that carry them out (a wrong answer that returns an input beside the expected
/// value; an exception message and console output holding the inputs), and in none of the student-visible outputs:
/// each student's student.md and student.html, JUnit XML, the GitHub step summary, Gradescope's and PrairieLearn's
/// results.json, every field of each. The staff report (staff.md) holds them.
/// </summary>
public class HiddenValuesTests
{
    readonly ScratchClass scratch = new(Path.Combine(Fixtures.Root, "report", "wrong-on-hidden.csx"),
                                        Path.Combine(Fixtures.Root, "report", "leaks-hidden.csx"));
    ClassReport report = null!;
    List<string> hiddenValues = null!;

    [OneTimeSetUp]
    public async Task Grade()
    {
        report = await scratch.Grade();
        var taFile = scratch.Read("results.json");
        // Whole numbers (2, 1) also count points and lines; only the fractional values are told apart from those.
        hiddenValues = [.. JObject.Parse(File.ReadAllText(Path.Combine(Fixtures.Tiny, "cases",
            "hidden.json")))["questions"]!
            .Values<JProperty>().SelectMany(q => q!.Value).SelectMany(c => c["args"]!.Concat([c["expected"]!]))
            .SelectMany(v => v.Type == JTokenType.Array ? v.Values<double>() : [v.Value<double>()])
            .Where(v => v != Math.Round(v)).Select(v => v.ToString("R", CultureInfo.InvariantCulture)).Distinct()
            .Where(taFile.Contains)];
    }

    [OneTimeTearDown]
    public void Clean() => scratch.Dispose();

    [Test]
    public void TheTasReportReallyHoldsHiddenExpectedValuesAndInputs() =>
        Assert.That(hiddenValues, Has.Member("0.6943").And.Member("0.6623").And.Member("0.35").And.Member("0.32")
                                  .And.Member("-0.78"));

    IEnumerable<string> Outputs(ClassReport report) =>
        report.Students.SelectMany(s => new[]
        {
            GradescopeWriter.Results(report, s, "visible", 1), PrairieLearnWriter.Results(report, s),
            StudentFile(s, ReportSet.StudentMarkdown), StudentFile(s, ReportSet.StudentHtml),
        }).Concat([JUnitWriter.Write(report, true), GitHubWriter.StepSummary(report, GitHubWriter.SummaryLimitBytes)]);

    string StudentFile(StudentReport s, string name) => scratch.Read(Path.Combine("students", s.Student, name));

    [Test]
    public void TheStaffReportHoldsTheHiddenValues()
    {
        var staff = string.Concat(report.Students.Select(s => StudentFile(s, ReportSet.StaffMarkdown)));
        Assert.That(hiddenValues, Is.Not.Empty);
        foreach (var value in hiddenValues) Assert.That(staff, Does.Contain(value));
    }

    [Test]
    public void WhenHiddenCasesAreHiddenTheStudentsFilesDoNotListThem()
    {
        var hidden = report with { ListsHiddenCases = false };
        var files = hidden.Students
                          .SelectMany(s => new[]
                          {
                              MarkdownWriter.Student(hidden, s), PrairieLearnWriter.Results(hidden, s),
                          })
                          .Append(JUnitWriter.Write(hidden, true)).ToList();
        Assert.That(files, Has.All.Not.Contain("hidden 1").And.All.Contain("worked"));
        Assert.That(MarkdownWriter.Student(hidden, hidden.Students[0]),
                    Does.Contain("Hidden cases are graded but not listed."));
        Assert.That(GradescopeWriter.Results(hidden, hidden.Students[0], "hidden", 1), Does.Contain("hidden 1"),
                    "Gradescope hides them itself, by the visibility it is given");
    }

    [Test]
    public void NoStudentVisibleOutputHoldsAHiddenValue()
    {
        foreach (var output in Outputs(report))
            foreach (var value in hiddenValues)
                Assert.That(output, Does.Not.Contain(value).And.Not.Contain(StudentText.Markdown(value)), output[..80]);
    }

    [Test]
    public void ThePublicCasesKeepTheirValues() =>
        Assert.That(Outputs(report).First(), Does.Contain("PublicDetail").Or.Contain("passed"));
}
