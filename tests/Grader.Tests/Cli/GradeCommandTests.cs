namespace Grader.Tests.Cli;

/// <summary>
/// The TA's own mistakes with `grade` and `merge`: each is one line on stderr and exit code 2, never a stack trace,
/// and no temporary file is left behind.
/// </summary>
public class GradeCommandTests() : ScratchFolderTests("grader-ta-", ("alice", "correct.csx"))
{
    // The exit code and what the grader said on stderr.
    internal static (int Code, string Said) Run(params string[] args)
    {
        var (code, _, said) = Fixtures.RunInProcess(args);
        return (code, said);
    }

    internal static void AssertOneLineError((int Code, string Said) run, string mentions)
    {
        Assert.That(run.Code, Is.EqualTo(2));
        var errors = run.Said.Split('\n').Where(l => l.StartsWith("error:")).ToList();
        Assert.That(errors, Has.Count.EqualTo(1).And.Some.Contains(mentions), run.Said);
        Assert.That(run.Said, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void AnOutputFolderThatIsAFileIsOneLine()
    {
        var file = Path.Combine(Scratch, "out");
        File.WriteAllText(file, "not a folder");
        AssertOneLineError(Run("grade", Fixtures.Tiny, Input, "-o", file), "is a file");
    }

    [Test]
    public void AnOutputFolderInsideTheSubmissionsIsSkippedAndSaidSo()
    {
        var output = Path.Combine(Input, "reports");
        for (int run = 0; run < 2; run++) // the second run finds the first one's reports among the submissions
        {
            var (code, said) = Run("grade", Fixtures.Tiny, Input, "-o", output, "--timestamp", "fixed");
            Assert.That(code, Is.Zero, said);
            Assert.That(said, Does.Contain("note:").And.Contain("not graded"));
            Assert.That(Directory.GetDirectories(Path.Combine(output, "tiny", "students")).Select(Path.GetFileName),
                        Is.EqualTo(new[] { "alice" }));
        }
    }

    [Test]
    public void ReportsThatWouldLandInTheSubmissionsFolderItselfAreRefused()
    {
        var submissions = Path.Combine(Scratch, "tiny"); // out/<assignment id> is this very folder
        Directory.CreateDirectory(submissions);
        AssertOneLineError(Run("grade", Fixtures.Tiny, submissions, "-o", Scratch), "submissions folder itself");
    }

    [Test]
    public void AReportThatCannotBeWrittenEndsTheRunWithOneLineAndNoTemporaryFile()
    {
        var output = Path.Combine(Scratch, "out");
        Directory.CreateDirectory(Path.Combine(output, "tiny", "summary.md")); // a folder where a report must go
        AssertOneLineError(Run("grade", Fixtures.Tiny, Input, "-o", output), "could not be written");
        Assert.That(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories), Is.Empty);
        Assert.That(File.Exists(Path.Combine(output, "tiny", "students", "alice", "result.json")),
                    "a finished student is kept");
    }

    [Test]
    public void AnAssignmentWithAClimbingIdIsALoadError()
    {
        var assignment = Path.Combine(Scratch, "assignment");
        Directory.CreateDirectory(Path.Combine(assignment, "cases"));
        foreach (var file in new[] { "assignment.json", "cases/public.json", "cases/hidden.json" })
            File.Copy(Path.Combine(Fixtures.Tiny, file), Path.Combine(assignment, file));
        var spec = Path.Combine(assignment, "assignment.json");
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("\"id\": \"tiny\"", "\"id\": \"../../escaped\""));
        AssertOneLineError(Run("grade", assignment, Input, "-o", Path.Combine(Scratch, "out")), "'id'");
        Assert.That(Directory.GetFileSystemEntries(Scratch).Select(Path.GetFileName),
                    Is.EquivalentTo(new[] { "in", "assignment" }));
    }

    [TestCase("\"assignment\": \"tiny\"", "\"assignment\": \"../escaped\"", "assignment id")]
    [TestCase("\"student\": \"alice\"", "\"student\": \"..\"", "student id")]
    public void MergeRefusesShardsWhoseIdsWouldClimbOutOfTheOutput(string from, string to, string mentions)
    {
        var shard = Path.Combine(Scratch, "shard");
        Assert.That(Run("grade", Fixtures.Tiny, Input, "-o", shard, "--timestamp", "fixed").Code, Is.Zero);
        foreach (var file in Directory.GetFiles(shard, "*.json", SearchOption.AllDirectories))
            File.WriteAllText(file, File.ReadAllText(file).Replace(from, to));
        var merged = Path.Combine(Scratch, "merged");
        AssertOneLineError(Run("merge", shard, "-o", merged), mentions);
        Assert.That(Directory.GetFileSystemEntries(merged), Is.Empty);
        Assert.That(Directory.GetFileSystemEntries(Scratch).Select(Path.GetFileName),
                    Is.EquivalentTo(new[] { "in", "shard", "merged" }));
    }
}
