using Grader.Reference.Mistakes;

namespace Grader.Reference.Tests.Mistakes;

public class BatchNormMistakesTests
{
    const double Eps = 1e-3;

    [Test]
    public void SeedAnswerIsDyTimesGammaOverSigma()
    {
        var x = new double[,] { { 1 }, { 3 } }; // μ = 2, σ² = 1
        var dx = BatchNormMistakes.InputGradientWithoutStatistics(x, [2], new double[,] { { 1 }, { -3 } }, 0);
        Assert.That(dx, Is.EqualTo(new double[,] { { 2 }, { -6 } }).Within(1e-12));
    }

    [Test]
    public void EveryInputGradientMistakeDiffersFromTheCorrectGradient()
    {
        var (x, gamma, _, dy) = BatchNormTests.RandomCase(11, 5, 3);
        var correct = BatchNorm.BatchNormInputGradient(x, gamma, dy, Eps);
        Assert.That(BatchNormMistakes.InputGradientWithoutStatistics(x, gamma, dy, Eps),
            Is.Not.EqualTo(correct).Within(1e-3));
        Assert.That(BatchNormMistakes.InputGradientWithoutVariance(x, gamma, dy, Eps),
            Is.Not.EqualTo(correct).Within(1e-3));
    }

    [Test]
    public void WithoutVarianceIsTheCorrectGradientWhenDyIsUncorrelatedWithXhat()
    {
        // If Σ dy·x̂ = 0 the variance path contributes nothing:
        // here dy is constant per feature and x̂ sums to zero.
        var (x, gamma, _, _) = BatchNormTests.RandomCase(12, 4, 2);
        var dy = new double[,] { { 1, -2 }, { 1, -2 }, { 1, -2 }, { 1, -2 } };
        Assert.That(BatchNormMistakes.InputGradientWithoutVariance(x, gamma, dy, Eps),
            Is.EqualTo(BatchNorm.BatchNormInputGradient(x, gamma, dy, Eps)).Within(1e-12));
    }

    [Test]
    public void UnbiasedVarianceScalesXhatBySqrtOfNMinusOneOverN()
    {
        var x = new double[,] { { 1 }, { 3 } }; // biased σ² = 1, unbiased s² = 2
        var y = BatchNormMistakes.ForwardWithUnbiasedVariance(x, [1], [0], 0);
        Assert.That(y, Is.EqualTo(new double[,] { { -1 / Math.Sqrt(2) }, { 1 / Math.Sqrt(2) } }).Within(1e-12));
    }

    [Test]
    public void GammaGradientWithRawInputUsesXNotXhat()
    {
        var x = new double[,] { { 1 }, { 3 } };
        var dy = new double[,] { { 1 }, { 1 } };
        Assert.That(BatchNormMistakes.GammaGradientWithRawInput(x, dy, Eps), Is.EqualTo(new[] { 4.0 }));
        Assert.That(BatchNorm.BatchNormGammaGradient(x, dy, Eps)[0], Is.EqualTo(0).Within(1e-12));
    }

    [Test]
    public void UnbiasedBatchVarianceDividesByNMinusOne()
    {
        var x = new double[,] { { 1 }, { 2 }, { 6 } }; // μ = 3, Σ(x − μ)² = 14
        Assert.That(BatchNorm.BatchVariance(x)[0], Is.EqualTo(14.0 / 3).Within(1e-12));
        Assert.That(BatchNormMistakes.BatchVarianceUnbiased(x)[0], Is.EqualTo(7).Within(1e-12));
    }

    [Test]
    public void SwappedMomentumWeighsTheBatchByMomentum()
    {
        Assert.That(BatchNorm.RunningAverage([10], [0], 0.9)[0], Is.EqualTo(9).Within(1e-12));
        Assert.That(BatchNormMistakes.RunningAverageMomentumSwapped([10], [0], 0.9)[0], Is.EqualTo(1).Within(1e-12));
    }

    [Test]
    public void InferenceWithBatchStatisticsIgnoresTheRunningOnes()
    {
        var x = new double[,] { { 1 }, { 3 } };
        double[] gamma = [2], beta = [1], mean = [0], variance = [4];
        Assert.That(BatchNorm.BatchNormInference(x, gamma, beta, mean, variance, 0),
            Is.EqualTo(new double[,] { { 2 }, { 4 } }).Within(1e-12));
        Assert.That(BatchNormMistakes.InferenceWithBatchStatistics(x, gamma, beta, mean, variance, 0),
            Is.EqualTo(new double[,] { { -1 }, { 3 } }).Within(1e-12));
    }

    [Test]
    public void UnbiasedVarianceChangesBothGradients()
    {
        double[,] x = { { 1, 2 }, { 3, 6 }, { 5, 4 }, { 7, 8 } }, dy = { { 1, -1 }, { 0.5, 0 }, { -2, 1 }, { 0, 3 } };
        double[] gamma = [1, 2];
        Assert.That(BatchNormMistakes.InputGradientWithUnbiasedVariance(x, gamma, dy, 0),
            Is.Not.EqualTo(BatchNorm.BatchNormInputGradient(x, gamma, dy, 0)).Within(1e-3));
        // x̂ with s² = σ²·N/(N − 1) is x̂·√((N − 1)/N), so dγ shrinks by that factor (ε = 0).
        var right = BatchNorm.BatchNormGammaGradient(x, dy, 0);
        Assert.That(BatchNormMistakes.GammaGradientWithUnbiasedVariance(x, dy, 0),
            Is.EqualTo(right.Select(v => v * Math.Sqrt(0.75))).Within(1e-12));
    }
}
