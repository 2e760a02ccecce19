using Grader.Assignments;
using Grader.Check;
using Grader.Diagnose;
using Grader.Run;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Diagnose;

public class MistakeDiagnoserTests
{
    static readonly QuestionSpec Question = new()
    {
        Id = "q", Title = "Q", Points = 1,
        Mistakes =
        [
            new MistakeSpec { Id = "flip", Reference = "X.Y", Message = "flipped" },
            new MistakeSpec { Id = "same", Reference = "X.Z", Message = "never shown" },
        ],
    };

    static readonly Diagnosis Flipped = new("flip", "flipped");

    static GradedCase Case => new()
    {
        Expected = JArray.Parse("[1, 2]"),
        Mistakes = new() { ["flip"] = JArray.Parse("[2, 1]"), ["same"] = JArray.Parse("[1, 2]") },
    };

    [Test]
    public void AWrongAnswerEqualToAKnownMistakeIsExplained() =>
        Assert.That(MistakeDiagnoser.Recognise(Case, new Returned(JArray.Parse("[2, 1.0000001]"), ""), Question),
                    Is.EqualTo(Flipped));

    [Test]
    public void AnUnknownWrongAnswerGetsNoDiagnosis() =>
        Assert.That(MistakeDiagnoser.Recognise(Case, new Returned(JArray.Parse("[5, 5]"), ""), Question), Is.Null);

    [Test]
    public void AQuestionIsDiagnosedOnlyWhenEveryFailureShowsTheSameMistake()
    {
        Assert.That(MistakeDiagnoser.ForQuestion(
                        [new Passed(), new WrongAnswer("a", Flipped), new WrongAnswer("b", Flipped)]),
                    Is.EqualTo(Flipped));
        Assert.That(MistakeDiagnoser.ForQuestion([new WrongAnswer("a", Flipped), new WrongAnswer("b", null)]), Is.Null);
        Assert.That(MistakeDiagnoser.ForQuestion([new WrongAnswer("a", Flipped), new DidNotReturn(new TimedOut(1))]),
                    Is.Null);
    }

    [Test]
    public void AMistakeThatGivesNaNIsRecognisedWhenTheStudentGetsNaNThere()
    {
        // Seed 002's Mish'(x) via Mish(x)/x is NaN at 0: the answer is still wrong, but now it is explained.
        var atZero = new GradedCase { Expected = new JValue(0.6), Mistakes = new() { ["flip"] = new JValue("NaN") } };
        Assert.That(MistakeDiagnoser.Recognise(atZero, new Returned(new JValue(double.NaN), ""), Question),
                    Is.EqualTo(Flipped));
    }
}
