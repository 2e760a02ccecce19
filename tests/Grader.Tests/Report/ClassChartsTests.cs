using System.Xml.Linq;
using Grader.Check;
using Grader.Report;
using Grader.Score;

namespace Grader.Tests.Report;

/// <summary>
/// The summary's charts, from a class graded end to end (correct: 10, throws: 4, wrong-signature: 4 out of 10): each
/// is well-formed XML whose bars carry the counts, written beside the summary and embedded in its HTML.
/// </summary>
public class ClassChartsTests
{
    readonly ScratchClass scratch = new(Fixtures.Submission("correct.csx"), Fixtures.Submission("throws.csx"),
                                        Fixtures.Submission("wrong-signature.csx"));
    ClassReport report = null!;

    [OneTimeSetUp]
    public async Task Grade() => report = await scratch.Grade();

    [OneTimeTearDown]
    public void Clean() => scratch.Dispose();

    static XNamespace Svg => "http://www.w3.org/2000/svg";

    // Each bar's value, row by row; a row's segments in order.
    static List<List<double>> Bars(string svg) =>
        [.. XDocument.Parse(svg).Descendants(Svg + "g")
                     .Select(g => g.Elements(Svg + "rect").Select(r => (double)r.Attribute("data-value")!).ToList())];

    static List<double> Widths(string svg) =>
        [.. XDocument.Parse(svg).Descendants(Svg + "rect").Where(r => r.Attribute("data-value") is not null)
                     .Select(r => (double)r.Attribute("width")!)];

    [Test]
    public void TheHistogramCountsEachBin()
    {
        var bars = Bars(ClassCharts.Scores(report));
        Assert.That(bars.Select(b => b.Single()), Is.EqualTo(new double[] { 0, 0, 0, 0, 2, 0, 0, 0, 0, 1 }),
                    "two at 4, one at the maximum 10");
        var widths = Widths(ClassCharts.Scores(report));
        Assert.That(widths[4], Is.EqualTo(2 * widths[9]).Within(0.02), "a bar's length is its count");
    }

    [Test]
    public void EachQuestionShowsItsMeanAndPassFailInColourAndWords()
    {
        var svg = ClassCharts.Questions(report);
        var bars = Bars(svg);
        // conv1d: mean 2 of 6 (a third of the class's length), 1 at full marks; dw: everyone at full marks (4 of 4).
        Assert.That(bars,
                    Is.EqualTo(new List<List<double>> { new() { 1 }, new() { 1, 2 }, new() { 3 }, new() { 3, 0 } }));
        var document = XDocument.Parse(svg);
        var passed = document.Descendants(Svg + "rect")
                             .Where(r => ((string?)r.Attribute("class"))?.Contains("pass") == true);
        Assert.That(passed.Select(r => (string)r.Attribute("fill")!), Is.All.EqualTo("#2e7d32"));
        var words = document.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.That(words, Does.Contain("1 of 3 passed, 2 failed").And.Contain("mean 2 / 6")
                               .And.Contain("passed: full marks").And.Contain("failed: below full marks"));
    }

    [Test]
    public void EachKnownMistakeCountsTheStudentsWhoMadeIt()
    {
        var mistake = Scorer.Score(new() { Id = "conv1d", Title = "t", Points = 6 },
                                   [(new() { Name = "worked", Public = true },
                                     new WrongAnswer("wrong",
                                                     new("flip", "forgot to <flip> the kernel & \u001b[31m")))]);
        var student = Scorer.Student("a", "a.csx", [mistake], [], null);
        var svg = ClassCharts.Mistakes(report with
        {
            Students = [student, student with { Student = "b" }, report.Students[0]],
        });
        Assert.That(Bars(svg), Is.EqualTo(new List<List<double>> { new() { 2 } }));
        Assert.That(svg, Does.Contain("forgot to &lt;flip&gt; the kernel &amp; \\u001b[31m").And.Not.Contain("<flip>")
                             .And.Not.Contain("\u001b"));
        Assert.That(XDocument.Parse(svg).Descendants(Svg + "text").Select(t => t.Value), Does.Contain("2 students"));
    }

    [Test]
    public void ChartsAreFilesLinkedFromTheMarkdownAndEmbeddedInTheHtml()
    {
        foreach (var (file, title) in ClassCharts.All)
        {
            Assert.DoesNotThrow(() => XDocument.Parse(scratch.Read(Path.Combine("charts", file))), file);
            Assert.That(scratch.Read("summary.md"), Does.Contain($"![{title}](charts/{file})"));
        }
        var html = scratch.Read("summary.html");
        Assert.That(html.Split("<svg xmlns=").Length - 1, Is.EqualTo(3));
        Assert.That(html, Does.Not.Contain("<img"));
    }
}
