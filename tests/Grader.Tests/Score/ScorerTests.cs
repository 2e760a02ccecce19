using Grader.Assignments;
using Grader.Check;
using Grader.Run;
using Grader.Score;

namespace Grader.Tests.Score;

public class ScorerTests
{
    static readonly QuestionSpec Question = new() { Id = "q", Title = "Q", Points = 9 };
    static GradedCase Case(string name) => new() { Name = name, Public = true };

    [Test]
    public void EachCaseEarnsAnEqualShareOfThePoints()
    {
        var report = Scorer.Score(Question,
            [(Case("a"), new Passed()), (Case("b"), new WrongAnswer("off", null)), (Case("c"), new Passed())]);
        Assert.That(report.Score, Is.EqualTo(6));
        Assert.That(report.Cases.Select(c => c.Score), Is.EqualTo(new[] { 3.0, 0, 3 }));
        Assert.That(report.Summary, Is.EqualTo("2/3 cases passed"));
    }

    [Test]
    public void AQuestionThatNeverRanSaysWhy()
    {
        var missing = new NotRun("no top-level function `F`");
        var report = Scorer.Score(Question, [(Case("a"), missing), (Case("b"), missing)]);
        Assert.That(report.Score, Is.Zero);
        Assert.That(report.Summary, Is.EqualTo("no top-level function `F`"));
    }

    [Test]
    public void ManualQuestionsAwaitATaAndDoNotCountInTheAutoScore()
    {
        var manual = Scorer.Score(Question with { Manual = true, Prompt = "Why?" }, []);
        Assert.That(manual.Score, Is.Null);
        var timedOut = Scorer.Score(Question, [(Case("a"), new DidNotReturn(new TimedOut(1000)))]);
        var student = Scorer.Student("s", "s.csx", [manual, timedOut], [], null);
        Assert.That(student.MaxScore, Is.EqualTo(9));
        Assert.That(student.Questions[1].Cases[0].Message, Does.Contain("within 1000 ms"));
    }
}
