namespace Grader.Tests.Cli;

/// <summary>`check` and `grade` as a GitHub Actions step runs them: annotations, summary, commands quoted.</summary>
public class GitHubActionsTests() : ScratchFolderTests("grader-gha-")
{
    string summary = "";

    [SetUp]
    public void EarlierStepSummary()
    {
        summary = Path.Combine(Scratch, "summary.md");
        File.WriteAllText(summary, "earlier step text\n");
    }

    // The grader in a child process, as the runner starts it: the environment is the runner's, stdout is read whole.
    (int Code, string[] Lines) Run(params string[] args)
    {
        var environment = new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary, ["GITHUB_WORKSPACE"] = Fixtures.Root,
        };
        var (code, output, _) = Fixtures.RunGrader("", environment, args);
        return (code, output.Split('\n'));
    }

    [Test]
    public void CheckAnnotatesRefusedCodeAtTheStudentsLineAfterQuotingTheReport()
    {
        var (code, lines) = Run("check", Fixtures.Tiny, Path.Combine(Fixtures.Root, "report", "refused-helper.csx"));
        Assert.That(code, Is.Zero, string.Join("\n", lines));
        int stop = Array.FindIndex(lines, l => l.StartsWith("::stop-commands::"));
        var token = lines[stop]["::stop-commands::".Length..];
        int resume = Array.IndexOf(lines, $"::{token}::");
        Assert.That(stop, Is.GreaterThanOrEqualTo(0).And.LessThan(resume),
                    "the student's text is printed with commands off");
        Assert.That(lines[stop..resume], Has.Some.Contains("error GR0001"));
        var annotations = lines.Where(l => l.StartsWith("::error ")).ToList();
        const string refused = "::error file=report/refused-helper.csx,line=21,col=28,title=refused code::";
        Assert.That(annotations, Has.Some.StartWith(refused + "`File` is not allowed"));
        Assert.That(Array.IndexOf(lines, annotations[0]), Is.GreaterThan(resume),
                    "annotations once commands are back on");
    }

    [Test]
    public void CheckAppendsTheStudentsReportToTheStepSummary()
    {
        Run("check", Fixtures.Tiny, Fixtures.Submission("does-not-compile.csx"));
        var text = File.ReadAllText(summary);
        Assert.That(text, Does.StartWith("earlier step text\n# Tiny fixture: 1D convolution: does\\-not\\-compile"));
        Assert.That(text, Does.Contain("## Compile errors").And.Contain("error CS1002\\: \\; expected"));
    }

    [Test]
    public void GradeAnnotatesEachStudentsCompileErrors()
    {
        var input = Path.Combine(Scratch, "in");
        Directory.CreateDirectory(input);
        File.Copy(Fixtures.Submission("does-not-compile.csx"), Path.Combine(input, "bob.csx"));
        File.Copy(Fixtures.Submission("correct.csx"), Path.Combine(input, "alice.csx"));
        var (code, lines) = Run("grade", Fixtures.Tiny, input, "-o", Path.Combine(Scratch, "out"));
        Assert.That(code, Is.Zero);
        var bob = Path.GetRelativePath(Fixtures.Root, Path.Combine(input, "bob.csx"));
        var annotations = lines.Where(l => l.StartsWith("::error ")).ToList();
        Assert.That(annotations, Has.Count.EqualTo(6));
        Assert.That(annotations, Has.All.StartWith($"::error file={bob.Replace(":", "%3A")},line=")
                                 .And.All.Contains("title=bob%3A compile error::CS"));
        Assert.That(File.ReadAllText(summary), Does.Contain("# Tiny fixture: 1D convolution: alice")
                                               .And.Contain(": bob"));
    }
}
