using Grader.Reference.Mistakes;

namespace Grader.Reference.Tests.Mistakes;

public class LearningRateVerdictsMistakesTests
{
    // One feature, curvature 4 along w: SGD diverges above η = 0.5; at η = 10 the loss overflows within about 100
    // steps and w itself (so, computed on, the loss turns NaN) within about 200.
    static readonly double[,] X = { { 1 }, { 2 }, { -1 } };
    static readonly double[] Y = [2, 3, -1];

    [Test]
    public void ARunThatTurnedNaNIsReportedAsNotDiverging()
    {
        Assert.That(LearningRateVerdicts.DivergingRates(X, Y, "sgd", [0.01, 10], 300),
            Is.EqualTo(new[] { false, true }));
        Assert.That(LearningRateVerdictsMistakes.DivergingRatesNaNNotDiverged(X, Y, "sgd", [0.01, 10], 300),
            Is.EqualTo(new[] { false, false }));
    }

    [Test]
    public void DivergingRatesAreRightWhileTheLossStaysANumber()
    {
        double[] rates = [0.01, 1, 10];
        Assert.That(LearningRateVerdictsMistakes.DivergingRatesNaNNotDiverged(X, Y, "sgd", rates, 20),
            Is.EqualTo(LearningRateVerdicts.DivergingRates(X, Y, "sgd", rates, 20)));
        Assert.That(LearningRateVerdicts.DivergingRates(X, Y, "sgd", rates, 20),
            Is.EqualTo(new[] { false, true, true }));
    }

    [Test]
    public void ARunThatTurnedNaNIsNamedTheBestWhereverItStands()
    {
        Assert.That(LearningRateVerdicts.BestLearningRate(X, Y, "sgd", [10, 0.1], 300), Is.EqualTo(1));
        Assert.That(LearningRateVerdictsMistakes.BestLearningRateNaNLowest(X, Y, "sgd", [10, 0.1], 300), Is.Zero);
        Assert.That(LearningRateVerdicts.BestLearningRate(X, Y, "sgd", [0.1, 10], 300), Is.Zero);
        Assert.That(LearningRateVerdictsMistakes.BestLearningRateNaNLowest(X, Y, "sgd", [0.1, 10], 300), Is.EqualTo(1));
    }

    [Test]
    public void BestRateIsRightWhileEveryLossStaysANumberOrInfinite()
    {
        foreach (int steps in new[] { 20, 120 })
            Assert.That(LearningRateVerdictsMistakes.BestLearningRateNaNLowest(X, Y, "sgd", [10, 0.1, 0.01], steps),
                Is.EqualTo(LearningRateVerdicts.BestLearningRate(X, Y, "sgd", [10, 0.1, 0.01], steps)));
    }
}
