using Grader.Reference.Mistakes;

namespace Grader.Reference.Tests.Mistakes;

public class LearningRateStudyMistakesTests
{
    static readonly double[,] X = { { 1 }, { 2 }, { -1 } };
    static readonly double[] Y = [2, 3, -1];

    [Test]
    public void WithoutFactorTwoSgdMovesAtHalfTheRate()
    {
        var wrong = LearningRateStudyMistakes.LossCurveGradientWithoutFactorTwo(X, Y, "sgd", 0.2, 10);
        Assert.That(wrong, Is.EqualTo(LearningRateStudy.LossCurve(X, Y, "sgd", 0.1, 10)).Within(1e-12));
        Assert.That(wrong, Is.Not.EqualTo(LearningRateStudy.LossCurve(X, Y, "sgd", 0.2, 10)).Within(1e-3));
    }

    [Test]
    public void WithoutFactorTwoAdamIsUnaffectedUpToEpsilon()
    {
        Assert.That(LearningRateStudyMistakes.LossCurveGradientWithoutFactorTwo(X, Y, "adam", 0.1, 10),
            Is.EqualTo(LearningRateStudy.LossCurve(X, Y, "adam", 0.1, 10)).Within(1e-6));
    }

    [Test]
    public void WithoutInitialLossIsTheCurveShiftedByOne()
    {
        var right = LearningRateStudy.LossCurve(X, Y, "momentum", 0.1, 10);
        Assert.That(LearningRateStudyMistakes.LossCurveWithoutInitialLoss(X, Y, "momentum", 0.1, 10),
            Is.EqualTo(right[1..]));
    }

    [Test]
    public void DivergedCurvesStayInfinite()
    {
        var right = LearningRateStudy.LossCurve(X, Y, "sgd", 1, 2000);
        Assert.That(right[^1], Is.EqualTo(double.PositiveInfinity));
        Assert.That(LearningRateStudyMistakes.LossCurveWithoutInitialLoss(X, Y, "sgd", 1, 2000),
            Is.EqualTo(right[1..]));
    }

    [Test]
    public void AdamWithoutBiasCorrectionChangesOnlyTheAdamCurve()
    {
        Assert.That(LearningRateStudyMistakes.LossCurveAdamWithoutBiasCorrection(X, Y, "adam", 0.1, 10),
            Is.Not.EqualTo(LearningRateStudy.LossCurve(X, Y, "adam", 0.1, 10)).Within(1e-3));
        Assert.That(LearningRateStudyMistakes.LossCurveAdamWithoutBiasCorrection(X, Y, "rmsprop", 0.1, 10),
            Is.EqualTo(LearningRateStudy.LossCurve(X, Y, "rmsprop", 0.1, 10)).Within(1e-12));
    }

    [Test]
    public void WithoutDivergenceStopTheCurveTurnsNaNOnceWOverflows()
    {
        var right = LearningRateStudy.LossCurve(X, Y, "sgd", 10, 300);
        var wrong = LearningRateStudyMistakes.LossCurveWithoutDivergenceStop(X, Y, "sgd", 10, 300);
        int overflow = Array.FindIndex(right, double.IsPositiveInfinity);
        Assert.That(overflow, Is.GreaterThan(0));
        Assert.That(wrong[..overflow], Is.EqualTo(right[..overflow]));
        Assert.That(right[^1], Is.EqualTo(double.PositiveInfinity));
        Assert.That(wrong[^1], Is.NaN);
    }

    [Test]
    public void AdamFromStepZeroDivergesAtTheFirstStep()
    {
        var wrong = LearningRateStudyMistakes.LossCurveAdamStepCountFromZero(X, Y, "adam", 0.1, 5);
        Assert.That(wrong[0], Is.EqualTo(LearningRateStudy.LossCurve(X, Y, "adam", 0.1, 5)[0]));
        Assert.That(wrong[1..], Is.All.EqualTo(double.PositiveInfinity));
        Assert.That(LearningRateStudyMistakes.LossCurveAdamStepCountFromZero(X, Y, "sgd", 0.1, 5),
            Is.EqualTo(LearningRateStudy.LossCurve(X, Y, "sgd", 0.1, 5)));
    }

    [Test]
    public void AdamStepCountedTwiceChangesOnlyTheAdamCurve()
    {
        Assert.That(LearningRateStudyMistakes.LossCurveAdamStepCountedTwice(X, Y, "adam", 0.1, 10),
            Is.Not.EqualTo(LearningRateStudy.LossCurve(X, Y, "adam", 0.1, 10)).Within(1e-3));
        Assert.That(LearningRateStudyMistakes.LossCurveAdamStepCountedTwice(X, Y, "adam", 0.1, 10)[0],
            Is.EqualTo(LearningRateStudy.LossCurve(X, Y, "adam", 0.1, 10)[0]));
        foreach (string optimizer in new[] { "sgd", "momentum", "rmsprop" })
            Assert.That(LearningRateStudyMistakes.LossCurveAdamStepCountedTwice(X, Y, optimizer, 0.1, 10),
                Is.EqualTo(LearningRateStudy.LossCurve(X, Y, optimizer, 0.1, 10)));
    }
}
