using Grader.Check;
using Grader.Report;

namespace Grader.Tests.Pipeline;

/// <summary>Hostile and broken submissions get their verdict, and hurt nobody else in the same batch.</summary>
public class BatchGraderTests
{
    static readonly string[] Hostile = ["loops-forever.csx", "stack-overflow.csx", "stack-overflow-lambda.csx",
                                        "does-not-compile.csx", "memory-hog.csx", "throws.csx", "wrong-signature.csx"];
    static ClassReport batch = null!;

    [OneTimeSetUp]
    public async Task GradeTheWholeBatchTogether() =>
        batch = await Fixtures.Grade(Fixtures.Load(Fixtures.Tiny),
                                     Hostile.Append("correct.csx").Append("split-files").Select(Fixtures.Submission));

    static CaseReport FirstConvCase(string student) =>
        Fixtures.Question(Fixtures.Student(batch, student), "conv1d").Cases[0];

    [Test]
    public void AnInfiniteLoopTimesOutAndTheRestOfThatQuestionIsSkipped()
    {
        var conv = Fixtures.Question(Fixtures.Student(batch, "loops-forever"), "conv1d");
        Assert.That(conv.Cases.Select(c => c.Verdict),
                    Is.EqualTo(new[] { VerdictKind.TimedOut, VerdictKind.NotRun, VerdictKind.NotRun }));
        Assert.That(Fixtures.Question(Fixtures.Student(batch, "loops-forever"), "dw").Score, Is.EqualTo(4),
                    "the next question runs in a fresh worker");
    }

    [Test]
    public void AStackOverflowCrashesOnlyItsWorker()
    {
        Assert.That(FirstConvCase("stack-overflow").Verdict, Is.EqualTo(VerdictKind.Crashed));
        Assert.That(FirstConvCase("stack-overflow").Message, Does.Contain("stack overflow"));
        Assert.That(Fixtures.Student(batch, "stack-overflow").Score, Is.EqualTo(4));
    }

    [Test]
    public void AStackOverflowTheChecksMissKillsOnlyItsWorker()
    {
        var conv = Fixtures.Question(Fixtures.Student(batch, "stack-overflow-lambda"), "conv1d");
        Assert.That(conv.Cases.Select(c => c.Message), Is.All.Contains("stack overflow"),
                    "every case ran, each in a fresh worker");
        Assert.That(Fixtures.Student(batch, "stack-overflow-lambda").Score, Is.EqualTo(4));
    }

    [Test]
    public void AMemoryHogHitsTheWorkersHeapCapAndTheRestOfThatQuestionIsSkipped()
    {
        Assert.That(FirstConvCase("memory-hog").Message, Is.EqualTo("used more than 128 MB of memory"));
        Assert.That(Fixtures.Question(Fixtures.Student(batch, "memory-hog"), "conv1d").Cases[1].Message,
                    Is.EqualTo("skipped: an earlier case of this question ran out of memory"));
    }

    [Test]
    public void AScriptThatDoesNotCompileGetsItsErrorsAndNoPoints()
    {
        var student = Fixtures.Student(batch, "does-not-compile");
        Assert.That(student.Score, Is.Zero);
        Assert.That(student.CompileErrors, Is.Not.Empty);
        Assert.That(student.Questions.Where(q => !q.Manual).SelectMany(q => q.Cases).Select(c => c.Verdict),
                    Is.All.EqualTo(VerdictKind.NotRun));
    }

    [Test]
    public void ARuntimeErrorNamesTheExceptionAndTheStudentsLine() =>
        Assert.That(FirstConvCase("throws").Message,
                    Is.EqualTo("IndexOutOfRangeException: Index was outside the bounds of the array. (line 5)"));

    [Test]
    public void EverySubmissionScoresInTheBatchExactlyWhatItScoresAlone()
    {
        var assignment = Fixtures.Load(Fixtures.Tiny);
        foreach (var student in batch.Students)
        {
            var folder = Directory.Exists(Fixtures.Submission(student.Student));
            var path = Fixtures.Submission(student.Student + (folder ? "" : ".csx"));
            var alone = Fixtures.Student(Fixtures.Grade(assignment, [path], jobs: 1).GetAwaiter().GetResult(),
                                         student.Student);
            Assert.That(alone.Questions.Select(q => q.Score), Is.EqualTo(student.Questions.Select(q => q.Score)),
                        student.Student);
        }
        Assert.That(Fixtures.Student(batch, "correct").Score, Is.EqualTo(10));
    }
}
