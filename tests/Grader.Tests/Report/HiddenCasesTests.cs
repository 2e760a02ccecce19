using Grader.Cli;
using Grader.Pipeline;
using Grader.Report;

namespace Grader.Tests.Report;

/// <summary>
/// A submission that carries a hidden case's inputs out in an exception message, console output and a wrong answer
/// (Fixtures/report/leaks-hidden.csx): no file a student receives, and no `check` output, holds any of it; the public
/// cases keep their detail and the TA's machine file keeps everything.
/// </summary>
public class HiddenCasesTests
{
    static readonly string[] Leaked = ["LeakedMessage", "LeakedOutput", "31417", "0.32,-0.9", "line 7", "line 8"];
    readonly ScratchClass scratch = new(Path.Combine(Fixtures.Root, "report", "leaks-hidden.csx"));
    ClassReport report = null!;
    StudentReport student = null!;

    [OneTimeSetUp]
    public async Task Grade() => student = (report = await scratch.Grade()).Students.Single();

    [OneTimeTearDown]
    public void Clean() => scratch.Dispose();

    string StudentFile(string name) => scratch.Read(Path.Combine("students", "leaks-hidden", name));

    [Test]
    public void TheHiddenCasesReallyProducedTheText()
    {
        var conv = Fixtures.Question(student, "conv1d");
        Assert.That(conv.Cases.Where(c => !c.Public).Select(c => c.Message),
                    Has.All.Contains("LeakedMessage").And.Some.Contains("0.32,-0.9"));
        Assert.That(conv.Cases.Where(c => !c.Public).Select(c => c.Output), Has.All.Contains("LeakedOutput"));
        Assert.That(Fixtures.Question(student, "dw").Cases.Single(c => !c.Public).Message, Does.Contain("31417"));
    }

    [TestCase("student.md")]
    [TestCase("student.html")]
    public void AStudentFacingFileShowsOnlyTheVerdictOfAHiddenCase(string file)
    {
        var text = StudentFile(file);
        foreach (var leaked in Leaked)
            Assert.That(text, Does.Not.Contain(leaked).And.Not.Contain(StudentText.Markdown(leaked)), file);
        Assert.That(text, Does.Contain("runtime error").And.Contain("wrong answer"), "the verdict kinds are shown");
        Assert.That(text, Does.Contain("PublicDetail"), "a public case keeps its detail");
    }

    [Test]
    public void TheCheckVerbShowsOnlyTheVerdictOfAHiddenCase()
    {
        var printed = new StringWriter();
        CheckCommand.Print(student.ForStudent(), printed);
        foreach (var leaked in Leaked) Assert.That(printed.ToString(), Does.Not.Contain(leaked));
        Assert.That(printed.ToString(), Does.Contain("PublicDetail"));
    }

    [Test]
    public void JUnitShowsOnlyTheVerdictOfAHiddenCase()
    {
        var xml = JUnitWriter.Write(report, true);
        foreach (var leaked in Leaked) Assert.That(xml, Does.Not.Contain(leaked));
        Assert.That(xml, Does.Contain("PublicDetail").And.Contain("hidden 1 (hidden)"));
    }

    [Test]
    public void TheStepSummaryShowsOnlyTheVerdictOfAHiddenCase()
    {
        var summary = GitHubWriter.StepSummary(report, GitHubWriter.SummaryLimitBytes);
        foreach (var leaked in Leaked)
            Assert.That(summary, Does.Not.Contain(leaked).And.Not.Contain(StudentText.Markdown(leaked)));
        Assert.That(summary, Does.Contain("PublicDetail"));
    }

    [Test]
    public void TheTasMachineFileKeepsEverything() =>
        Assert.That(StudentFile(StoredResult.FileName), Does.Contain("LeakedMessage").And.Contain("LeakedOutput"));
}
