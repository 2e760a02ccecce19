namespace Grader.Reference.Tests;

public class BatchNormTests
{
    const double Eps = 1e-3;

    static readonly double[,] X = { { 1, 2 }, { 3, 6 }, { 5, 10 } };

    [Test]
    public void StatisticsOfAHandComputedBatch()
    {
        Assert.That(BatchNorm.BatchMean(X), Is.EqualTo(new[] { 3.0, 6 }).Within(1e-12));
        // Σ(x − μ)²/N: (4 + 0 + 4)/3 and (16 + 0 + 16)/3 — biased, not /(N − 1)
        Assert.That(BatchNorm.BatchVariance(X), Is.EqualTo(new[] { 8.0 / 3, 32.0 / 3 }).Within(1e-12));
    }

    [Test]
    public void ForwardWithoutEpsilonGivesZeroMeanUnitVarianceThenScaleAndShift()
    {
        var y = BatchNorm.BatchNormForward(X, [2, 1], [0.5, -1], 0);
        double s = Math.Sqrt(1.5); // (x − μ)/σ = ±2/√(8/3) = ±√1.5 in both columns
        Assert.That(y,
            Is.EqualTo(new double[,] { { 0.5 - 2 * s, -1 - s }, { 0.5, -1 }, { 0.5 + 2 * s, -1 + s } }).Within(1e-12));
    }

    [Test]
    public void TrainingForwardEqualsInferenceWithTheBatchStatistics()
    {
        var x = FiniteDifferences.RandomArray<double[,]>(new Random(1), 5, 3);
        double[] gamma = [0.5, -2, 1.5], beta = [0.1, 0, -0.3];
        var inference =
            BatchNorm.BatchNormInference(x, gamma, beta, BatchNorm.BatchMean(x), BatchNorm.BatchVariance(x), Eps);
        Assert.That(BatchNorm.BatchNormForward(x, gamma, beta, Eps), Is.EqualTo(inference).Within(1e-12));
    }

    [Test]
    public void InferenceUsesTheRunningStatisticsNotTheBatch()
    {
        var y = BatchNorm.BatchNormInference(new double[,] { { 3 }, { 7 } }, [2], [1], [1], [4], 0);
        Assert.That(y,
            Is.EqualTo(new double[,] { { 2 * (3 - 1) / 2.0 + 1 }, { 2 * (7 - 1) / 2.0 + 1 } }).Within(1e-12));
    }

    [Test]
    public void RunningAverageKeepsMomentumOfTheOldValue()
    {
        Assert.That(BatchNorm.RunningAverage([10, 0], [0, 1], 0.9), Is.EqualTo(new[] { 9.0, 0.1 }).Within(1e-12));
    }

    [Test]
    public void RunningAverageOfAConstantBatchStatisticConvergesGeometrically()
    {
        double[] running = [0];
        for (int t = 0; t < 20; t++) running = BatchNorm.RunningAverage(running, [1], 0.8);
        Assert.That(running[0], Is.EqualTo(1 - Math.Pow(0.8, 20)).Within(1e-12));
    }

    [TestCase(1, 4, 3)]
    [TestCase(2, 2, 1)]
    [TestCase(3, 7, 5)]
    public void InputGradientMatchesFiniteDifferences(int seed, int n, int d)
    {
        var (x, gamma, beta, dy) = RandomCase(seed, n, d);
        var numeric = FiniteDifferences.Gradient(
            x, () => FiniteDifferences.Dot(BatchNorm.BatchNormForward(x, gamma, beta, Eps), dy));
        var analytic = BatchNorm.BatchNormInputGradient(x, gamma, dy, Eps);
        Assert.That(FiniteDifferences.Elements(analytic).ToArray(), Is.EqualTo(numeric).Within(1e-6));
    }

    [TestCase(4, 4, 3)]
    [TestCase(5, 1, 2)]
    public void GammaAndBetaGradientsMatchFiniteDifferences(int seed, int n, int d)
    {
        var (x, gamma, beta, dy) = RandomCase(seed, n, d);
        double Loss() => FiniteDifferences.Dot(BatchNorm.BatchNormForward(x, gamma, beta, Eps), dy);
        Assert.That(BatchNorm.BatchNormGammaGradient(x, dy, Eps),
            Is.EqualTo(FiniteDifferences.Gradient(gamma, Loss)).Within(1e-6));
        Assert.That(BatchNorm.BatchNormBetaGradient(dy),
            Is.EqualTo(FiniteDifferences.Gradient(beta, Loss)).Within(1e-6));
    }

    [Test]
    public void InputGradientSumsToZeroOverTheBatch()
    {
        // Shifting every sample of a feature by the same amount leaves y unchanged, so Σ_i dL/dx_ij = 0.
        var (x, gamma, _, dy) = RandomCase(6, 6, 2);
        var dx = BatchNorm.BatchNormInputGradient(x, gamma, dy, Eps);
        for (int j = 0; j < 2; j++)
            Assert.That(Enumerable.Range(0, 6).Sum(i => dx[i, j]), Is.EqualTo(0).Within(1e-12));
    }

    [Test]
    public void InvalidShapesAreRejected()
    {
        var x = new double[3, 2];
        Assert.Throws<ArgumentException>(() => BatchNorm.BatchNormForward(x, [1], [0, 0], Eps));
        Assert.Throws<ArgumentException>(() => BatchNorm.BatchNormInputGradient(x, [1, 1], new double[2, 2], Eps));
        Assert.Throws<ArgumentException>(() => BatchNorm.BatchMean(new double[0, 2]));
        Assert.Throws<ArgumentException>(() => BatchNorm.RunningAverage([1], [1, 2], 0.9));
        Assert.Throws<ArgumentException>(() => BatchNorm.RunningAverage([1], [1], 1.5));
        Assert.Throws<ArgumentException>(() => BatchNorm.BatchNormForward(x, [1, 1], [0, 0], -1));
        Assert.Throws<ArgumentException>(() => BatchNorm.BatchNormForward(x, [1, 1], [0, 0], 0),
            "constant feature with eps = 0");
    }

    internal static (double[,] x, double[] gamma, double[] beta, double[,] dy) RandomCase(int seed, int n, int d)
    {
        var random = new Random(seed);
        return (FiniteDifferences.RandomArray<double[,]>(random, n, d),
            FiniteDifferences.RandomArray<double[]>(random, d),
            FiniteDifferences.RandomArray<double[]>(random, d),
            FiniteDifferences.RandomArray<double[,]>(random, n, d));
    }
}
