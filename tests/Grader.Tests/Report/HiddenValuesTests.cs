using System.Globalization;
using Grader.Report;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Report;

/// <summary>
/// The hidden cases' expected values and inputs (from the tiny assignment's cases/hidden.json) are in the TA's
/// results.json for two submissions that carry them out (a wrong answer that returns an input beside the expected
/// value; an exception message and console output holding the inputs), and in none of the student-visible outputs:
/// JUnit XML, the GitHub step summary, Gradescope's and PrairieLearn's results.json, every field of each.
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

    static IEnumerable<string> Outputs(ClassReport report) =>
        report.Students.SelectMany(s => new[]
        {
            GradescopeWriter.Results(report, s, "visible", 1), PrairieLearnWriter.Results(report, s),
        }).Concat([JUnitWriter.Write(report, true), GitHubWriter.StepSummary(report, GitHubWriter.SummaryLimitBytes)]);

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
