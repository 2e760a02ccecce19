namespace Grader.Reference.Tests;

public class InitializersTests
{
    private static (double Mean, double Variance) Statistics(double[,] w)
    {
        var values = FiniteDifferences.Elements(w).ToArray();
        double mean = values.Average();
        return (mean, values.Select(v => (v - mean) * (v - mean)).Average());
    }

    [Test]
    public void XavierBoundAndVariance()
    {
        Assert.That(Initializers.XavierUniformBound(100, 50), Is.EqualTo(Math.Sqrt(6.0 / 150)).Within(1e-15));
        Assert.That(Initializers.XavierVariance(100, 50), Is.EqualTo(2.0 / 150).Within(1e-15));
    }

    [Test]
    public void HeVarianceAndStandardDeviation()
    {
        Assert.That(Initializers.HeNormalVariance(200), Is.EqualTo(0.01).Within(1e-15));
        Assert.That(Initializers.HeNormalStandardDeviation(200), Is.EqualTo(0.1).Within(1e-15));
    }

    [Test]
    public void XavierUniformSamplesStayInsideTheBoundWithTheRightStatistics()
    {
        var w = Initializers.XavierUniform(300, 200, seed: 11);
        Assert.That(w.GetLength(0), Is.EqualTo(200));
        Assert.That(w.GetLength(1), Is.EqualTo(300));
        double bound = Initializers.XavierUniformBound(300, 200), variance = Initializers.XavierVariance(300, 200);
        Assert.That(FiniteDifferences.Elements(w).ToArray(), Has.All.InRange(-bound, bound));
        var (mean, sampleVariance) = Statistics(w);
        // 60,000 draws: the mean's standard error is √(var/n) ≈ 0.0003,
        // the variance's ≈ var·√(0.8/n) ≈ 0.4 %.
        Assert.That(mean, Is.EqualTo(0).Within(5 * Math.Sqrt(variance / 60_000)));
        Assert.That(sampleVariance, Is.EqualTo(variance).Within(0.02 * variance));
    }

    [Test]
    public void HeNormalSamplesHaveMeanZeroAndVarianceTwoOverFanIn()
    {
        var w = Initializers.HeNormal(250, 240, seed: 12);
        double variance = Initializers.HeNormalVariance(250);
        var (mean, sampleVariance) = Statistics(w);
        // 60,000 normal draws: variance standard error √(2/n)·var ≈ 0.6 %;
        // the fourth moment of a normal is 3σ⁴.
        Assert.That(mean, Is.EqualTo(0).Within(5 * Math.Sqrt(variance / 60_000)));
        Assert.That(sampleVariance, Is.EqualTo(variance).Within(0.03 * variance));
        double kurtosis = FiniteDifferences.Elements(w).ToArray().Select(v => Math.Pow(v - mean, 4)).Average()
            / (sampleVariance * sampleVariance);
        Assert.That(kurtosis, Is.EqualTo(3).Within(0.15));
    }

    [Test]
    public void SameSeedSameMatrixOtherSeedOtherMatrix()
    {
        Assert.That(Initializers.HeNormal(4, 3, 5), Is.EqualTo(Initializers.HeNormal(4, 3, 5)));
        Assert.That(Initializers.XavierUniform(4, 3, 5), Is.Not.EqualTo(Initializers.XavierUniform(4, 3, 6)));
    }

    [Test]
    public void IdenticalInitialWeightsGiveIdenticalGradients()
    {
        // Seed 000: with every hidden unit initialised alike, backprop gives every unit the same gradient,
        // so SGD keeps them alike forever; random initial weights break the symmetry.
        double[] x = [0.3, -1.2, 0.8];
        double[] target = [0.5, -0.25];
        string[] activations = ["tanh", "linear"];
        double[][] biases = [[0.1, 0.1, 0.1, 0.1], [0, 0]];
        var constant = new double[4, 3];
        for (int j = 0; j < 4; j++) for (int i = 0; i < 3; i++) constant[j, i] = 0.2 + 0.1 * i; // every row alike
        double[][,] symmetric = [constant, new double[,] { { 0.4, 0.4, 0.4, 0.4 }, { -0.3, -0.3, -0.3, -0.3 } }];

        var dw = Mlp.WeightGradients(x, symmetric, biases, activations, target, "mse")[0];
        var trained = Mlp.SgdWeights(x, symmetric, biases, activations, target, "mse", 0.1, 10)[0];
        for (int j = 1; j < 4; j++)
            for (int i = 0; i < 3; i++)
            {
                Assert.That(dw[j, i], Is.EqualTo(dw[0, i]));
                Assert.That(trained[j, i], Is.EqualTo(trained[0, i]));
            }
        Assert.That(dw[0, 0], Is.Not.EqualTo(0), "the gradient is not trivially zero");

        double[][,] random = [Initializers.XavierUniform(3, 4, 1), Initializers.XavierUniform(4, 2, 2)];
        var dwRandom = Mlp.WeightGradients(x, random, biases, activations, target, "mse")[0];
        Assert.That(dwRandom[1, 0], Is.Not.EqualTo(dwRandom[0, 0]));
    }

    [Test]
    public void NonPositiveFansThrow()
    {
        Assert.Throws<ArgumentException>(() => Initializers.XavierUniformBound(0, 3));
        Assert.Throws<ArgumentException>(() => Initializers.HeNormalVariance(-1));
        Assert.Throws<ArgumentException>(() => Initializers.HeNormal(3, 0, 1));
    }
}
