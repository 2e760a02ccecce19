namespace Grader.Tests.Cli;

/// <summary>Exit codes CI gates on: `check` on a failing public case, `grade --fail-under` on a low score.</summary>
public class ExitCodeTests() : ScratchFolderTests("grader-exit-", ("alice", "correct.csx"), ("bob", "throws.csx"))
{
    /// <summary>The exit code and what the grader printed on stdout.</summary>
    static (int Code, string Printed) Run(params string[] args)
    {
        var (code, printed, _) = Fixtures.RunInProcess(args);
        return (code, printed);
    }

    [Test]
    public void CheckExitsNonZeroAndSaysHowManyPublicCasesFailInOneLine()
    {
        var (code, printed) = Run("check", Fixtures.Tiny, Fixtures.Submission("throws.csx"));
        Assert.That(code, Is.EqualTo(1));
        Assert.That(printed.Split('\n'), Has.One.Match(@"^1 of 2 public cases fail: fix them before you submit"),
                    printed);
    }

    [Test]
    public void CheckSaysSoWhenEveryPublicCasePasses()
    {
        var (code, printed) = Run("check", Fixtures.Tiny, Fixtures.Submission("correct.csx"));
        Assert.That(code, Is.Zero, printed);
        Assert.That(printed, Does.Contain("All public cases pass."));
    }

    [Test]
    public void FailUnderExitsNonZeroNamingHowManyStudentsAreBelow()
    {
        var (code, printed) = Run("grade", Fixtures.Tiny, Input, "-o", Path.Combine(Scratch, "out"), "--fail-under",
                                  "60");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(printed, Does.Contain("tiny: 1 of 2 students scored below 60% of 10 points (--fail-under 60)"));
    }

    [Test]
    public void FailUnderPassesWhenEveryStudentReachesIt()
    {
        File.Delete(Path.Combine(Input, "bob.csx"));
        var (code, printed) = Run("grade", Fixtures.Tiny, Input, "-o", Path.Combine(Scratch, "out"), "--fail-under",
                                  "100");
        Assert.That(code, Is.Zero, printed);
        Assert.That(printed, Does.Not.Contain("scored below"));
    }

    [Test]
    public void WithoutFailUnderALowScoreIsNoFailure() =>
        Assert.That(Run("grade", Fixtures.Tiny, Input, "-o", Path.Combine(Scratch, "out")).Code, Is.Zero);

    [TestCase("-5")]
    [TestCase("101")]
    public void FailUnderOutsideZeroToHundredIsAUsageError(string percent) =>
        Assert.That(Run("grade", Fixtures.Tiny, Input, "-o", Path.Combine(Scratch, "out"), "--fail-under",
                        percent).Code, Is.EqualTo(2));
}
