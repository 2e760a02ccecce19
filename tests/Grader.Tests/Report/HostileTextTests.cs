using Grader.Compile;
using Grader.Assignments;
using Grader.Check;
using Grader.Cli;
using Grader.Pipeline;
using Grader.Report;
using Grader.Run;
using Grader.Score;

namespace Grader.Tests.Report;

/// <summary>
/// One hostile string (markup, a script link, table pipes and emphasis, a spreadsheet formula, ANSI escapes, newlines,
/// NUL, a right-to-left override, Spectre markup) as every kind of student text, through every writer: none of the
/// outputs holds its live form.
/// </summary>
public class HostileTextTests
{
    const string Hostile = "=HYPERLINK(\"http://evil.example\",\"x\") <script>alert(1)</script> "
                         + "<img src=x onerror=alert(2)> [x](javascript:alert(3)) <https://evil.example> "
                         + "<javascript:alert(4)> &lt;b&gt; &#106;s `code` *emph* _under_ ~~gone~~ "
                         + "| forged | cell |\n# forged heading\r\n> quote\n- item\n"
                         + "\u001b[31mred\u001b[0m \0 \u009b2J \u202egnp.exe [red]markup[/]";

    static readonly QuestionSpec Conv = new() { Id = "conv1d", Title = "1D convolution", Points = 6 };

    // Student text in every field of the model, built the way the pipeline builds it.
    static ClassReport HostileClass()
    {
        var threw = new DidNotReturn(new Threw("System.Exception", Hostile, new(Hostile, 3), Hostile));
        GradedCase Case(bool isPublic) => new() { Name = isPublic ? "worked" : "hidden 1", Public = isPublic };
        var conv = Scorer.Score(Conv, [(Case(true), threw), (Case(false), threw)]);
        var notRun = Scorer.Score(Conv with { Id = "dw", Title = "weights" },
                                  [(Case(true), new NotRun($"does not compile: {Hostile}"))]);
        var student = Scorer.Student(Hostile, Hostile, [conv, notRun],
                                     [$"line 1, column 1: error CS1029: #error: '{Hostile}'"], Hostile)
                      with { Refusals = [new Refusal(Hostile, 4, Hostile), new Refusal(null, null, Hostile)] };
        var honest = Scorer.Student("honest", "honest.csx", [conv, notRun], [], null);
        return new ClassReport("tiny", "Tiny", "now",
                               [new("conv1d", "1D convolution", 6, false), new("dw", "weights", 6, false)],
                               [student, honest]);
    }

    [Test]
    public void MarkdownKeepsStudentTextInert()
    {
        var report = HostileClass();
        Inert.Markdown(MarkdownWriter.Student(report, report.Students[0]), "report.md");
        Inert.Markdown(MarkdownWriter.Summary(report), "summary.md");
    }

    [Test]
    public void HtmlKeepsStudentTextInert()
    {
        var report = HostileClass();
        Inert.Html(HtmlWriter.Page(Hostile, MarkdownWriter.Student(report, report.Students[0])), "report.html");
        Inert.Html(HtmlWriter.Page("summary", MarkdownWriter.Summary(report)), "summary.html");
    }

    [Test]
    public void StudentTextIsShownAsWrittenNotDropped()
    {
        var report = HostileClass();
        var html = HtmlWriter.Page("t", MarkdownWriter.Student(report, report.Students[0]));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("[x](javascript:alert(3))")
                              .And.Contain("*emph*").And.Contain("\\u001b[31mred").And.Contain("\\u202egnp.exe")
                              .And.Contain("=HYPERLINK"));
    }

    [Test]
    public void GradesCsvKeepsStudentTextInert()
    {
        var csv = CsvWriter.Grades(HostileClass());
        Inert.Csv(csv, "grades.csv");
        Assert.That(csv, Does.Contain("'=HYPERLINK"), "a formula is neutralised the way spreadsheets expect");
    }

    [Test]
    public void ResultsJsonKeepsStudentTextInert() => Inert.Json(JsonWriter.Results(HostileClass()), "results.json",
                                                                 Hostile);

    [Test]
    public void JUnitKeepsStudentTextInertAndValid()
    {
        var xml = JUnitWriter.Write(HostileClass(), true);
        Inert.Anywhere(xml, "junit.xml");
        Assert.That(Schemas.JUnitErrors(xml), Is.Empty);
        var texts = System.Xml.Linq.XDocument.Parse(xml).Descendants()
                          .SelectMany(e => e.Attributes().Select(a => a.Value).Append(e.Value));
        Assert.That(texts.Any(t => t.Contains("<script>alert(1)</script>")), "the student's text is shown as written");
    }

    [Test]
    public void PlatformResultsAndTheStepSummaryKeepStudentTextInert()
    {
        var report = HostileClass();
        Inert.Json(GradescopeWriter.Results(report, report.Students[0], "after_published", 1), "gradescope", Hostile);
        Inert.Json(PrairieLearnWriter.Results(report, report.Students[0]), "prairielearn", Hostile);
        Inert.Markdown(GitHubWriter.StepSummary(report, GitHubWriter.SummaryLimitBytes), "step summary");
        foreach (var line in GitHubWriter.Annotations(report.Students[0], Hostile))
            Assert.That(line, Does.StartWith("::error ").And.Not.Contain("\n"), "one workflow command per annotation");
    }

    [Test]
    public void ChartTextStaysInertAndTheSvgWellFormed()
    {
        var text = Hostile + " \uFFFE \uFFFF";
        var shown = StudentText.Svg(text);
        var svg = $"<svg xmlns=\"http://www.w3.org/2000/svg\"><text class=\"{shown}\">{shown}</text></svg>";
        Inert.Anywhere(svg, "svg");
        var element = System.Xml.Linq.XDocument.Parse(svg).Root!.Elements().Single();
        Assert.That(element.Value, Does.Contain("<script>alert(1)</script>").And.Contain("\\ufffe"),
                    "shown as written");
        Assert.That(element.Attribute("class")!.Value, Is.EqualTo(element.Value),
                    "an attribute cannot be closed early");
    }

    [Test]
    public void TheCheckVerbShowsStudentTextWithoutInterpretingIt()
    {
        var printed = new StringWriter();
        CheckCommand.Print(HostileClass().Students[0].ForStudent(), printed);
        Inert.Terminal(printed.ToString(), "check");
        Assert.That(printed.ToString(), Does.Contain("\\u001b[31mred"));
    }

    [Test]
    public void ProgressAndErrorLinesShowStudentTextWithoutInterpretingIt()
    {
        var student = HostileClass().Students[0];
        var lines = Captured(console =>
        {
            console.Say(ProgressDisplay.Line(1, 2, "tiny", new Graded(student, false, TimeSpan.Zero)));
            console.Fail($"student '{Hostile}' appears in two shards");
        });
        Inert.Terminal(lines, "progress and error lines");
        Assert.That(lines.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(2),
                    "one line each, whatever the student's name holds");
    }

    [Test]
    public void StudentStringsAreEscapedInOnePlacePerFormat()
    {
        Assert.That(StudentText.Markdown("a|b*c\n#"), Is.EqualTo("a\\|b\\*c\\\\u000a\\#"));
        Assert.That(StudentText.Csv("=1+1"), Is.EqualTo("'=1+1"));
        Assert.That(StudentText.Csv("-2,\"x\""), Is.EqualTo("\"'-2,\"\"x\"\"\""));
        Assert.That(StudentText.Terminal("a\u001b[2Jb\u202e"), Is.EqualTo("a\\u001b[2Jb\\u202e"));
        Assert.That(StudentText.Visible("naïve 😀 José"), Is.EqualTo("naïve 😀 José"), "letters and emoji are no threat");
    }

    /// <summary>
    /// End to end: a folder submission whose name and file name are hostile, whose compile message quotes hostile
    /// source and whose function throws a hostile message after writing hostile console output, graded with an honest
    /// one; every file written under -o is checked for its format.
    /// </summary>
    [Test]
    public async Task EveryFileWrittenForAHostileSubmissionIsInert()
    {
        using var scratch = new ScratchClass(Fixtures.Submission("correct.csx"));
        const string name = "=cmd|' -C calc'!A0 <b onclick=alert(1)>x<b> *e* [a](javascript:x) "
                            + "\u001b[31m\n# forged \u202eexe [red]";
        // A file name holds anything but '/' and NUL.
        var folder = Path.Combine(scratch.Input, name);
        Directory.CreateDirectory(folder);
        var fixture = Path.Combine(Fixtures.Root, "report", "hostile-text");
        File.Copy(Path.Combine(fixture, "a-runs.csx"), Path.Combine(folder, "a-runs.csx"));
        File.Copy(Path.Combine(fixture, "b-quotes.csx"), Path.Combine(folder, "b <i>|=x|<i> *e* \u202e.csx"));
        var report = await scratch.Grade();

        var hostile = report.Students.Single(s => s.Student != "correct");
        Assert.That(hostile.CompileErrors, Has.Some.Contains("<script>"), "the compile message quotes the source");
        Assert.That(Fixtures.Question(hostile, "conv1d").Cases[0].Message, Does.Contain("<script>"),
                    "the exception message is the student's");
        Assert.That(Fixtures.Question(hostile, "conv1d").Cases[0].Output, Does.Contain("<script>"),
                    "so is the console output");
        var files = Directory.GetFiles(scratch.Output, "*", SearchOption.AllDirectories);
        Assert.That(files.Count(f => f.EndsWith(".md")), Is.EqualTo(5), "the summary and each student's two reports");
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            switch (Path.GetExtension(file))
            {
                case ".md": Inert.Markdown(text, file); break;
                case ".html": Inert.Html(text, file); break;
                case ".csv": Inert.Csv(text, file); break;
                case ".json" when Path.GetFileName(file) == "results.json": Inert.Json(text, file, name); break;
                // result.json: the TA's machine file for --resume and merge, control characters escaped by the
                // serializer.
                default: Assert.That(text.IndexOfAny(['\u001b', '\0', '\r']), Is.EqualTo(-1), file); break;
            }
        }
        var printed = new StringWriter();
        CheckCommand.Print(hostile.ForStudent(), printed);
        var progress = Captured(console =>
            console.Say(ProgressDisplay.Line(1, 2, "tiny", new Graded(hostile, false, TimeSpan.Zero))));
        Inert.Terminal(printed.ToString() + progress, "terminal");
    }

    // What a verb's console says on stderr, the writer a user's terminal would get.
    static string Captured(Action<Terminal> write)
    {
        var captured = new StringWriter { NewLine = "\n" };
        write(new Terminal(TextWriter.Null, captured));
        return captured.ToString();
    }
}
