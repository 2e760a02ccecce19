namespace Grader.Reference.Tests;

public class LossesTests
{
    private static double[] RandomProbabilities(Random random, int n) =>
        Enumerable.Range(0, n).Select(_ => 0.05 + 0.9 * random.NextDouble()).ToArray();

    private static double[] RandomDistribution(Random random, int n)
    {
        var p = RandomProbabilities(random, n);
        double sum = p.Sum();
        return p.Select(v => v / sum).ToArray();
    }

    private static void AssertGradient(double[] output, Func<double> loss, double[] gradient) =>
        Assert.That(gradient, Is.EqualTo(FiniteDifferences.Gradient(output, loss)).Within(1e-7));

    [Test]
    public void Seed002BinaryCrossEntropyAtOneHalfIsLn2() =>
        Assert.That(Losses.BinaryCrossEntropy([0.5], [1]),
            Is.EqualTo(Math.Log(2)).Within(1e-15).And.EqualTo(0.693).Within(5e-4));

    [Test]
    public void Seed002MeanSquaredErrorAtOneHalfIsAQuarter() =>
        Assert.That(Losses.MeanSquaredError([0.5], [1]), Is.EqualTo(0.25));

    [Test]
    public void Seed002BinaryCrossEntropyIsUnboundedWhileMseStaysAtMostOne()
    {
        Assert.That(Losses.BinaryCrossEntropy([0], [1]), Is.EqualTo(double.PositiveInfinity));
        Assert.That(Losses.MeanSquaredError([0], [1]), Is.EqualTo(1));
        Assert.That(Losses.BinaryCrossEntropy([0, 1], [0, 1]), Is.EqualTo(0)); // a certain right answer costs nothing
    }

    [Test]
    public void Seed003MeanSquaredError() => Assert.That(Losses.MeanSquaredError([0, -1.5], [1, 0.5]), Is.EqualTo(2.5));

    [Test]
    public void MeanSquaredErrorGradientMatchesFiniteDifferences()
    {
        var random = new Random(5);
        var o = FiniteDifferences.RandomArray<double[]>(random, 7);
        var t = FiniteDifferences.RandomArray<double[]>(random, 7);
        AssertGradient(o, () => Losses.MeanSquaredError(o, t), Losses.MeanSquaredErrorGradient(o, t));
    }

    [Test]
    public void BinaryCrossEntropyGradientMatchesFiniteDifferences()
    {
        var random = new Random(6);
        var a = RandomProbabilities(random, 6);
        var y = RandomProbabilities(random, 6);
        AssertGradient(a, () => Losses.BinaryCrossEntropy(a, y), Losses.BinaryCrossEntropyGradient(a, y));
    }

    [Test]
    public void SoftmaxCrossEntropyGradientMatchesFiniteDifferences()
    {
        var random = new Random(7);
        var z = FiniteDifferences.RandomArray<double[]>(random, 5);
        var t = RandomDistribution(random, 5);
        AssertGradient(z, () => Losses.SoftmaxCrossEntropy(z, t), Losses.SoftmaxCrossEntropyGradient(z, t));
        var p = Losses.Softmax(z);
        Assert.That(Losses.SoftmaxCrossEntropyGradient(z, t), Is.EqualTo(p.Select((v, i) => v - t[i])).Within(1e-15));
    }

    [Test]
    public void SoftmaxCrossEntropyIsMinusLogOfTheTrueClassProbability()
    {
        double[] z = [1, 2, 3];
        var p = Losses.Softmax(z);
        Assert.That(p.Sum(), Is.EqualTo(1).Within(1e-15));
        Assert.That(Losses.SoftmaxCrossEntropy(z, [0, 1, 0]), Is.EqualTo(-Math.Log(p[1])).Within(1e-14));
        Assert.That(Losses.Softmax([1000, 1000]), Is.EqualTo(new[] { 0.5, 0.5 })); // no overflow
    }

    [Test]
    public void OutputDeltasMatchFiniteDifferencesThroughTheSigmoid()
    {
        foreach (double z in new[] { -3.0, -0.4, 0.9, 4.0 })
            foreach (double y in new[] { 0.0, 1.0 })
            {
                const double h = 1e-6;
                double Quadratic(double v) => 0.5 * Math.Pow(Activations.Sigmoid(v) - y, 2);
                double Entropy(double v) => Losses.BinaryCrossEntropy([Activations.Sigmoid(v)], [y]);
                Assert.That(Losses.QuadraticCostDelta(z, y),
                    Is.EqualTo((Quadratic(z + h) - Quadratic(z - h)) / (2 * h)).Within(1e-8));
                Assert.That(Losses.CrossEntropyCostDelta(z, y),
                    Is.EqualTo((Entropy(z + h) - Entropy(z - h)) / (2 * h)).Within(1e-7));
            }
    }

    [Test]
    public void QuadraticCostLearnsSlowlyWhenBadlyWrong()
    {
        // Target 0, neuron saturated at a ≈ 1: the quadratic delta nearly vanishes, the cross-entropy one is ≈ 1.
        Assert.That(Math.Abs(Losses.QuadraticCostDelta(6, 0)), Is.LessThan(0.003));
        Assert.That(Losses.CrossEntropyCostDelta(6, 0), Is.GreaterThan(0.99));
    }

    [Test]
    public void InvalidInputsThrow()
    {
        Assert.Throws<ArgumentException>(() => Losses.MeanSquaredError([1, 2], [1]));
        Assert.Throws<ArgumentException>(() => Losses.MeanSquaredError([], []));
        Assert.Throws<ArgumentException>(() => Losses.BinaryCrossEntropy([1.5], [1]));
        Assert.Throws<ArgumentException>(() => Losses.BinaryCrossEntropyGradient([1], [1]));
        Assert.Throws<ArgumentException>(() => Losses.Softmax([]));
    }
}
