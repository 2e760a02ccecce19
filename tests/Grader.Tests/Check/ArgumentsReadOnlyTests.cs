using Grader.Check;
using Grader.Assignments;

namespace Grader.Tests.Check;

/// <summary>
/// Where the statement asks for new values (`"argumentsReadOnly": true`), an answer that also changes its inputs is a
/// wrong answer with a message saying which argument; where it does not, the same answer scores.
/// </summary>
public class ArgumentsReadOnlyTests
{
    static Assignment TinyWithConv1DReadOnly(bool readOnly)
    {
        var tiny = Fixtures.Load(Fixtures.Tiny);
        var questions = tiny.Spec.Questions.Select(q => q.Id == "conv1d"
            ? q with { Function = q.Function! with { ArgumentsReadOnly = readOnly } } : q).ToList();
        return tiny with { Spec = tiny.Spec with { Questions = questions } };
    }

    [Test]
    public async Task ChangingAnArgumentIsAWrongAnswerWhenTheStatementForbidsIt()
    {
        var report = await Fixtures.Grade(TinyWithConv1DReadOnly(true),
            [Fixtures.Submission("changes-its-input.csx"), Fixtures.Submission("correct.csx")]);
        var conv = Fixtures.Question(Fixtures.Student(report, "changes-its-input"), "conv1d");
        Assert.That(conv.Score, Is.Zero);
        Assert.That(conv.Cases.Select(c => c.Verdict), Is.All.EqualTo(VerdictKind.WrongAnswer));
        Assert.That(conv.Cases[0].Message, Does.Contain("changed its 1st argument"));
        Assert.That(Fixtures.Question(Fixtures.Student(report, "changes-its-input"), "dw").Score, Is.EqualTo(4));
        Assert.That(Fixtures.Student(report, "correct").Score, Is.EqualTo(10),
                    "an answer that leaves its inputs alone");
    }

    [Test]
    public async Task ChangingAnArgumentCostsNothingWhereTheStatementAllowsIt()
    {
        var report = await Fixtures.Grade(TinyWithConv1DReadOnly(false),
            [Fixtures.Submission("changes-its-input.csx")]);
        Assert.That(Fixtures.Student(report, "changes-its-input").Score, Is.EqualTo(10));
    }

    [Test]
    public void TheMessageForAnArrayOfArraysSaysCloneIsShallow()
    {
        Assert.That(CaseJudge.ChangedArgument([1], "double[][,]"),
            Does.StartWith("changed its 2nd argument").And.Contain("is shallow").And.Contain("(double[,])a.Clone()"));
        Assert.That(CaseJudge.ChangedArgument([0], "double[][]"), Does.Contain("(double[])a.Clone()"));
        Assert.That(CaseJudge.ChangedArgument([0], "double[,]"),
                    Does.Not.Contain("shallow").And.Contain("(double[,])x.Clone()"));
        Assert.That(CaseJudge.ChangedArgument([0], "double[]"), Does.Contain("(double[])x.Clone()"));
    }

    [Test]
    public void EveryChangedArgumentIsNamed() =>
        Assert.That(CaseJudge.ChangedArgument([0, 1], "double[]"),
                    Does.StartWith("changed its 1st and 2nd arguments"));
}
