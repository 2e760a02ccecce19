namespace Grader.Reference.Tests;

public class DropoutTests
{
    const int Samples = 20_000;
    const double StandardErrors = 5; // a seeded draw; 5 SE would fail by chance with probability < 1e-6 per value

    static readonly double[,] X = { { 1, -2, 0.5 }, { 3, 0.25, -1 }, { -0.5, 2, 1.5 }, { 2, 1, -3 } };
    static readonly double[] Y = [1, -2, 0.5, 3];
    static readonly double[] W = [0.4, -1.2, 0.7];

    [Test]
    public void InvertedForwardKeepsAndRescalesByOneOverP()
    {
        var y = Dropout.InvertedDropoutForward(new double[,] { { 1, 2 }, { -3, 4 } },
            new[,] { { true, false }, { false, true } }, 0.5);
        Assert.That(y, Is.EqualTo(new double[,] { { 2, 0 }, { 0, 8 } }));
    }

    [Test]
    public void InvertedBackwardMatchesFiniteDifferences()
    {
        var random = new Random(3);
        var x = FiniteDifferences.RandomArray<double[,]>(random, 4, 5);
        var dy = FiniteDifferences.RandomArray<double[,]>(random, 4, 5);
        var mask = RandomMask(random, 4, 5, 0.6);
        var numeric = FiniteDifferences.Gradient(
            x, () => FiniteDifferences.Dot(Dropout.InvertedDropoutForward(x, mask, 0.6), dy));
        var analytic = Dropout.InvertedDropoutBackward(dy, mask, 0.6);
        Assert.That(FiniteDifferences.Elements(analytic).ToArray(), Is.EqualTo(numeric).Within(1e-6));
    }

    [Test]
    public void InvertedForwardPreservesTheExpectedActivation()
    {
        var random = new Random(4);
        AssertWithinStandardErrors(Flatten(X), Sample(random, 0.3,
            mask => Flatten(Dropout.InvertedDropoutForward(X, mask, 0.3))));
    }

    [Test]
    public void ExpectedDroppedInputIsPTimesXByMonteCarlo()
    {
        var random = new Random(5);
        AssertWithinStandardErrors(Flatten(Dropout.ExpectedDroppedInput(X, 0.7)),
            Sample(random, 0.7, mask => Flatten(Drop(mask))));
    }

    [Test]
    public void ExpectedDroppedGramByMonteCarlo()
    {
        var random = new Random(6);
        AssertWithinStandardErrors(Flatten(Dropout.ExpectedDroppedGram(X, 0.6)),
            Sample(random, 0.6, mask => Flatten(TransposeTimesSelf(Drop(mask)))));
    }

    [Test]
    public void MonteCarloToleranceIsTightEnoughToRejectTheDiagonalMistake()
    {
        // E[PᵀP]_jj = p (XᵀX)_jj, not p² (XᵀX)_jj: the sample must tell the two apart,
        // or the test above proves nothing.
        const double p = 0.6;
        var (mean, standardError) = Sample(new Random(6), p, mask => Flatten(TransposeTimesSelf(Drop(mask))));
        var gram = TransposeTimesSelf(X);
        for (int j = 0; j < X.GetLength(1); j++)
        {
            int k = j * X.GetLength(1) + j;
            Assert.That(Math.Abs(mean[k] - p * p * gram[j, j]), Is.GreaterThan(StandardErrors * standardError[k]),
                $"diagonal {j}");
        }
    }

    [Test]
    public void ExpectedDroppedSquaredErrorByMonteCarlo()
    {
        var random = new Random(7);
        AssertWithinStandardErrors([Dropout.ExpectedDroppedSquaredError(X, Y, W, 0.8)],
            Sample(random, 0.8, mask => [Dropout.DroppedSquaredError(X, Y, W, mask)]));
    }

    [Test]
    public void ExpectedSquaredErrorAgreesWithTheExpandedQuadraticAndTheGram()
    {
        // E‖y − Pw‖² = yᵀy − 2p wᵀXᵀy + wᵀ E[PᵀP] w (seed 001's expansion),
        // with E[PᵀP] from the Gram identity.
        const double p = 0.35;
        var gram = Dropout.ExpectedDroppedGram(X, p);
        double expected = 0;
        for (int i = 0; i < Y.Length; i++)
        {
            double xw = 0;
            for (int j = 0; j < W.Length; j++) xw += X[i, j] * W[j];
            expected += Y[i] * Y[i] - 2 * p * xw * Y[i];
        }
        for (int a = 0; a < W.Length; a++)
            for (int b = 0; b < W.Length; b++)
                expected += W[a] * gram[a, b] * W[b];
        Assert.That(Dropout.ExpectedDroppedSquaredError(X, Y, W, p), Is.EqualTo(expected).Within(1e-10));
    }

    [Test]
    public void KeepingEverythingIsPlainLeastSquares()
    {
        var all = RandomMask(new Random(8), 4, 3, 1);
        Assert.That(Dropout.ExpectedDroppedSquaredError(X, Y, W, 1),
            Is.EqualTo(Dropout.DroppedSquaredError(X, Y, W, all)).Within(1e-12));
        Assert.That(Dropout.ExpectedDroppedGram(X, 1), Is.EqualTo(TransposeTimesSelf(X)).Within(1e-12));
    }

    [Test]
    public void InvalidArgumentsAreRejected()
    {
        var mask = new bool[4, 3];
        Assert.Throws<ArgumentException>(() => Dropout.InvertedDropoutForward(X, new bool[3, 3], 0.5));
        Assert.Throws<ArgumentException>(() => Dropout.InvertedDropoutForward(X, mask, 0));
        Assert.Throws<ArgumentException>(() => Dropout.InvertedDropoutBackward(X, mask, 1.5));
        Assert.Throws<ArgumentException>(() => Dropout.ExpectedDroppedGram(X, -0.1));
        Assert.Throws<ArgumentException>(() => Dropout.ExpectedDroppedSquaredError(X, [1, 2], W, 0.5));
        Assert.Throws<ArgumentException>(() => Dropout.DroppedSquaredError(X, Y, [1, 2], mask));
        Assert.Throws<ArgumentException>(() => Dropout.ExpectedDroppedInput(new double[0, 3], 0.5));
    }

    internal static bool[,] RandomMask(Random random, int n, int d, double p)
    {
        var mask = new bool[n, d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++)
                mask[i, j] = random.NextDouble() < p;
        return mask;
    }

    // Sample mean and its standard error (sample standard deviation / √count) of a vector statistic of the mask.
    static (double[] mean, double[] standardError) Sample(Random random, double p, Func<bool[,], double[]> statistic)
    {
        double[]? sum = null, sumOfSquares = null;
        for (int s = 0; s < Samples; s++)
        {
            var value = statistic(RandomMask(random, X.GetLength(0), X.GetLength(1), p));
            sum ??= new double[value.Length];
            sumOfSquares ??= new double[value.Length];
            for (int k = 0; k < value.Length; k++) { sum[k] += value[k]; sumOfSquares[k] += value[k] * value[k]; }
        }
        var mean = sum!.Select(v => v / Samples).ToArray();
        var standardError =
            mean.Select((m, k) => Math.Sqrt(Math.Max(0, sumOfSquares![k] / Samples - m * m) / (Samples - 1))).ToArray();
        return (mean, standardError);
    }

    static void AssertWithinStandardErrors(double[] expected, (double[] mean, double[] standardError) sample)
    {
        for (int k = 0; k < expected.Length; k++)
            Assert.That(sample.mean[k], Is.EqualTo(expected[k]).Within(StandardErrors * sample.standardError[k] + 1e-9),
                $"component {k}");
    }

    static double[,] Drop(bool[,] mask)
    {
        var p = new double[X.GetLength(0), X.GetLength(1)];
        for (int i = 0; i < X.GetLength(0); i++)
            for (int j = 0; j < X.GetLength(1); j++)
                p[i, j] = mask[i, j] ? X[i, j] : 0;
        return p;
    }

    static double[,] TransposeTimesSelf(double[,] p)
    {
        int n = p.GetLength(0), d = p.GetLength(1);
        var g = new double[d, d];
        for (int a = 0; a < d; a++)
            for (int b = 0; b < d; b++)
                for (int i = 0; i < n; i++)
                    g[a, b] += p[i, a] * p[i, b];
        return g;
    }

    static double[] Flatten(double[,] a) => FiniteDifferences.Elements(a).ToArray();
}
