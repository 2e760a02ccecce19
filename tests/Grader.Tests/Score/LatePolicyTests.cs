using Grader.Assignments;
using Grader.Report;
using Grader.Score;

namespace Grader.Tests.Score;

/// <summary>
/// The late rule's arithmetic: due 2026-12-01 12:00 UTC, 10% per started day, at most 25%, nothing accepted after
/// 2026-12-04 12:00 UTC.
/// </summary>
public class LatePolicyTests
{
    static readonly AssignmentSpec Spec = new()
    {
        DueDate = "2026-12-01T12:00:00Z", LateDueDate = "2026-12-04T12:00:00Z",
        LatePenalty = new() { Percent = 10, Per = "day", MaxPercent = 25 },
    };

    static readonly DateTimeOffset Due = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [TestCase(0, 0, false, TestName = "exactly at the due date is on time")]
    [TestCase(-3600, 0, false, TestName = "an hour early is on time")]
    [TestCase(1, 10, false, TestName = "1 second late is one started day")]
    [TestCase(86400, 10, false, TestName = "exactly one day late is one day")]
    [TestCase(86401, 20, false, TestName = "one day and a second is two started days")]
    [TestCase(2 * 86400 + 1, 25, false, TestName = "three started days are capped at 25")]
    [TestCase(3 * 86400, 25, false, TestName = "exactly at the late due date is still accepted")]
    [TestCase(3 * 86400 + 1, 100, true, TestName = "1 second past the late due date scores 0")]
    public void PercentTakenOff(int secondsLate, double percent, bool past)
    {
        var late = LatePolicy.Judge(Spec, Due.AddSeconds(secondsLate))!;
        Assert.That((late.PenaltyPercent, late.PastLateDue, late.IsLate), Is.EqualTo((percent, past, secondsLate > 0)));
    }

    [Test]
    public void PerHourCountsStartedHours()
    {
        var hourly = Spec with { LatePenalty = new() { Percent = 2, Per = "hour" }, LateDueDate = null };
        Assert.That(LatePolicy.Judge(hourly, Due.AddSeconds(1))!.PenaltyPercent, Is.EqualTo(2));
        Assert.That(LatePolicy.Judge(hourly, Due.AddHours(2).AddSeconds(1))!.PenaltyPercent, Is.EqualTo(6));
        Assert.That(LatePolicy.Judge(hourly, Due.AddDays(30))!.PenaltyPercent, Is.EqualTo(100));
    }

    [Test]
    public void AnOffsetIsTheSameMomentAndNoOffsetIsUtc()
    {
        Assert.That(LatePolicy.Judge(Spec, IsoTime.Parse("2026-12-01T13:00:00+01:00"))!.IsLate, Is.False);
        var noOffset = Spec with { DueDate = "2026-12-01T12:00:00" };
        Assert.That(LatePolicy.Judge(noOffset, Due.AddSeconds(1))!.PenaltyPercent, Is.EqualTo(10));
    }

    [Test]
    public void NoDueDateOrNoTimeJudgesNothing()
    {
        Assert.That(LatePolicy.Judge(new AssignmentSpec(), Due), Is.Null);
        Assert.That(LatePolicy.Judge(Spec, null), Is.Null);
    }

    [Test]
    public void LateWithoutAPenaltyRuleIsMarkedButCostsNothing() =>
        Assert.That(LatePolicy.Judge(Spec with { LatePenalty = null }, Due.AddDays(1))!,
                    Has.Property("IsLate").True.And.Property("PenaltyPercent").EqualTo(0));

    static StudentReport Student(double score, StudentStatus status = StudentStatus.Graded) =>
        Scorer.Student("s", "s.csx", [Auto(score)], [], null) with { Status = status };

    static QuestionReport Auto(double score) => new("q", "Q", score, 10, false, "", null, null, []);

    [Test]
    public void TheFinalScoreIsTheRawScoreLessThePenaltyAndNeverCompounds()
    {
        var late = Scorer.WithLateness(Student(9), LatePolicy.Judge(Spec, Due.AddSeconds(86401)));
        Assert.That((late.Score, late.RawScore, late.Status), Is.EqualTo((7.2, 9.0, StudentStatus.Late)));
        var again = Scorer.WithLateness(late, LatePolicy.Judge(Spec, Due.AddSeconds(86401)));
        Assert.That((again.Score, again.Status), Is.EqualTo((7.2, StudentStatus.Late)));
        var onTime = Scorer.WithLateness(late, LatePolicy.Judge(Spec, Due));
        Assert.That((onTime.Score, onTime.Status), Is.EqualTo((9.0, StudentStatus.Graded)),
                    "a corrected time undoes the penalty");
        Assert.That(Scorer.WithLateness(late, null), Has.Property("Score").EqualTo(9.0).And.Property("Late").Null);
    }

    [Test]
    public void PastTheLateDueDateScoresZeroAndSaysWhy()
    {
        var past = Scorer.WithLateness(Student(9, StudentStatus.DoesNotCompile),
                                       LatePolicy.Judge(Spec, Due.AddDays(4)));
        Assert.That((past.Score, past.RawScore, past.Status), Is.EqualTo((0.0, 9.0, StudentStatus.PastLateDue)));
        Assert.That(LateText.Of(past), Does.Contain("after the late due date: it scores 0 (raw score 9)"));
    }

    [Test]
    public void LateKeepsAMoreTellingStatus() =>
        Assert.That(Scorer.WithLateness(Student(2, StudentStatus.DoesNotCompile),
                                        LatePolicy.Judge(Spec, Due.AddHours(1))).Status,
                    Is.EqualTo(StudentStatus.DoesNotCompile));

    [Test]
    public void ManualPointsMergedLaterAreStillPenalised()
    {
        var manual = new QuestionReport("m", "M", null, 2, true, "", null, null, []);
        var student = Scorer.Student("s", "s.csx", [Auto(8), manual], [], null);
        var late = Scorer.WithLateness(student, LatePolicy.Judge(Spec, Due.AddHours(1)));
        var scored = Scorer.WithManualScores(late, new Dictionary<string, ManualScore> { ["m"] = new(2, null) });
        Assert.That((scored.Score, scored.RawScore), Is.EqualTo((9.0, 10.0)));
    }

    [TestCase("2026-13-01", "'dueDate' is \"2026-13-01\"")]
    [TestCase("soon", "'dueDate' is \"soon\"")]
    public void ABadDueDateIsOneLine(string due, string message) =>
        Assert.That(AssignmentLoader.Validate(Valid with { DueDate = due }), Does.StartWith(message));

    [Test]
    public void ALateDueDateBeforeTheDueDateOrABadRuleIsRefused()
    {
        Assert.That(AssignmentLoader.Validate(Valid with { DueDate = "2026-12-02", LateDueDate = "2026-12-01" }),
                    Is.EqualTo("'lateDueDate' is before 'dueDate'"));
        Assert.That(AssignmentLoader.Validate(Valid with { LateDueDate = "2026-12-01" }),
                    Is.EqualTo("'lateDueDate' and 'latePenalty' need a 'dueDate'"));
        var weekly = Valid with { DueDate = "2026-12-01", LatePenalty = new() { Percent = 10, Per = "week" } };
        Assert.That(AssignmentLoader.Validate(weekly), Does.StartWith("'latePenalty' takes"));
        var daily = Valid with { DueDate = "2026-12-01", LatePenalty = new() { Percent = 10 } };
        Assert.That(AssignmentLoader.Validate(daily), Is.Null);
    }

    static AssignmentSpec Valid => Fixtures.Load(Fixtures.Tiny).Spec;
}
