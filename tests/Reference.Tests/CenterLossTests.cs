namespace Grader.Reference.Tests;

public class CenterLossTests
{
    // A hand-computed batch, also the one of CenterLossMistakesTests: class 1 has no sample.
    internal static readonly double[,] X = { { 1, 2 }, { 3, 0 }, { -1, 1 } };
    internal static readonly int[] Labels = [0, 0, 2];
    internal static readonly double[,] Centers = { { 1, 1 }, { 5, 5 }, { 0, 0 } };

    [Test]
    public void LossOfAHandComputedBatch()
    {
        // ½(‖(0, 1)‖² + ‖(2, −1)‖² + ‖(−1, 1)‖²) = ½(1 + 5 + 2)
        Assert.That(CenterLoss.CenterLossValue(X, Labels, Centers), Is.EqualTo(4).Within(1e-12));
    }

    [Test]
    public void DeltaOfAHandComputedBatch()
    {
        // class 0: ((1,1) − (1,2) + (1,1) − (3,0)) / (1 + 2); class 1 absent: 0;
        // class 2: ((0,0) − (−1,1)) / (1 + 1)
        var delta = CenterLoss.CenterDelta(X, Labels, Centers);
        Assert.That(delta, Is.EqualTo(new double[,] { { -2.0 / 3, 0 }, { 0, 0 }, { 0.5, -0.5 } }).Within(1e-12));
    }

    [Test]
    public void UpdateMovesEachCenterTowardsItsSamplesByAlpha()
    {
        var updated = CenterLoss.CenterUpdate(X, Labels, Centers, 0.5);
        Assert.That(updated, Is.EqualTo(new double[,] { { 1 + 1.0 / 3, 1 }, { 5, 5 }, { -0.25, 0.25 } }).Within(1e-12));
    }

    [TestCase(1, 5, 3, 2)]
    [TestCase(2, 8, 4, 3)]
    public void GradientMatchesFiniteDifferences(int seed, int n, int d, int k)
    {
        var batch = RandomBatch.Draw(seed, n, d, k);
        var analytic = CenterLoss.CenterLossGradient(batch.X, batch.Labels, batch.Centers);
        Assert.That(FiniteDifferences.Elements(analytic).ToArray(),
            Is.EqualTo(FiniteDifferences.Gradient(batch.X, batch.Loss)).Within(1e-6));
    }

    [TestCase(3, 6, 3, 4)]
    [TestCase(4, 9, 2, 3)]
    public void DeltaIsTheCenterGradientDividedByOnePlusTheClassCount(int seed, int n, int d, int k)
    {
        // ∂L_c/∂c_j = Σ_i δ(y_i = j)(c_j − x_i), so Δc_j = (∂L_c/∂c_j) / (1 + n_j)
        var batch = RandomBatch.Draw(seed, n, d, k);
        var numeric = FiniteDifferences.Gradient(batch.Centers, batch.Loss);
        var delta = CenterLoss.CenterDelta(batch.X, batch.Labels, batch.Centers);
        for (int j = 0; j < k; j++)
        {
            int count = batch.Labels.Count(label => label == j);
            for (int f = 0; f < d; f++)
                Assert.That(delta[j, f], Is.EqualTo(numeric[j * d + f] / (1 + count)).Within(1e-6),
                    $"center {j}, feature {f}");
        }
    }

    [Test]
    public void RepeatedUpdatesConvergeToTheClassMean()
    {
        // The fixed point of c ← c − αΣ(c − x_i)/(1 + n) is the mean of the class's samples.
        var centers = (double[,])Centers.Clone();
        for (int t = 0; t < 200; t++) centers = CenterLoss.CenterUpdate(X, Labels, centers, 0.5);
        Assert.That(centers, Is.EqualTo(new double[,] { { 2, 1 }, { 5, 5 }, { -1, 1 } }).Within(1e-9));
    }

    [Test]
    public void InvalidArgumentsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => CenterLoss.CenterLossValue(X, [0, 1], Centers));
        Assert.Throws<ArgumentException>(() => CenterLoss.CenterLossValue(X, [0, 3, 1], Centers));
        Assert.Throws<ArgumentException>(() => CenterLoss.CenterLossGradient(X, [0, -1, 1], Centers));
        Assert.Throws<ArgumentException>(() => CenterLoss.CenterDelta(X, Labels, new double[3, 3]));
        Assert.Throws<ArgumentException>(() => CenterLoss.CenterUpdate(X, Labels, Centers, double.NaN));
    }
}

/// <summary>A seeded random batch: n samples × d features, labels among k classes, k centers.</summary>
sealed record RandomBatch(double[,] X, int[] Labels, double[,] Centers)
{
    public static RandomBatch Draw(int seed, int n, int d, int k)
    {
        var random = new Random(seed);
        var labels = Enumerable.Range(0, n).Select(_ => random.Next(k)).ToArray();
        return new RandomBatch(FiniteDifferences.RandomArray<double[,]>(random, n, d), labels,
            FiniteDifferences.RandomArray<double[,]>(random, k, d));
    }

    public double Loss() => CenterLoss.CenterLossValue(X, Labels, Centers);
}
