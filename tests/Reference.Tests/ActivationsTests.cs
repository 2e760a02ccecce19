namespace Grader.Reference.Tests;

public class ActivationsTests
{
    // Points away from 0 so no finite difference straddles the ReLU kink.
    private static readonly double[] Points = [-20, -4.5, -1.3, -0.2, 0.07, 0.6, 1.9, 3.7, 15];

    private static double CentralDifference(Func<double, double> f, double x, double h = 1e-6) =>
        (f(x + h) - f(x - h)) / (2 * h);

    private static void AssertDerivative(Func<double, double> f, Func<double, double> derivative)
    {
        foreach (double x in Points)
            Assert.That(derivative(x), Is.EqualTo(CentralDifference(f, x)).Within(1e-7), $"at x = {x}");
    }

    static readonly TestCaseData[] ActivationsAndDerivatives =
    [
        Pair("sigmoid", Activations.Sigmoid, Activations.SigmoidDerivative),
        Pair("tanh", Activations.Tanh, Activations.TanhDerivative),
        Pair("relu", Activations.Relu, Activations.ReluDerivative),
        Pair("softplus", Activations.Softplus, Activations.SoftplusDerivative),
        Pair("swish", Activations.Swish, Activations.SwishDerivative),
        Pair("mish", Activations.Mish, Activations.MishDerivative),
    ];

    static TestCaseData Pair(string name, Func<double, double> f, Func<double, double> derivative) =>
        new TestCaseData(f, derivative).SetArgDisplayNames(name);

    [TestCaseSource(nameof(ActivationsAndDerivatives))]
    public void DerivativeMatchesFiniteDifferences(Func<double, double> f, Func<double, double> derivative) =>
        AssertDerivative(f, derivative);

    [TestCase(-1.0)]
    [TestCase(-0.5)]
    [TestCase(0.01)]
    [TestCase(0.5)]
    [TestCase(1.0)]
    public void LeakyReluDerivativeMatchesFiniteDifferences(double alpha) =>
        AssertDerivative(x => Activations.LeakyRelu(x, alpha), x => Activations.LeakyReluDerivative(x, alpha));

    [TestCase(0.0)]
    [TestCase(0.5)]
    [TestCase(2.0)]
    public void SwishBetaDerivativesMatchFiniteDifferences(double beta)
    {
        AssertDerivative(x => Activations.SwishBeta(x, beta), x => Activations.SwishBetaDerivative(x, beta));
        foreach (double x in Points)
            Assert.That(Activations.SwishBetaBetaGradient(x, beta),
                Is.EqualTo(CentralDifference(b => Activations.SwishBeta(x, b), beta)).Within(1e-6), $"at x = {x}");
    }

    [Test]
    public void ReluDerivativeAtTheKinkIsZeroByConvention()
    {
        Assert.That(Activations.ReluDerivative(0), Is.EqualTo(0));
        Assert.That(Activations.LeakyReluDerivative(0, 0.2), Is.EqualTo(0.2));
    }

    [Test]
    public void LeakyReluSpecialAlphasOfSeed002()
    {
        Assert.That(Activations.LeakyRelu(-3, -1), Is.EqualTo(3)); // α = −1 is |x|
        Assert.That(Activations.LeakyRelu(-3, 0), Is.EqualTo(0));  // α = 0 is ReLU
        Assert.That(Activations.LeakyRelu(-3, 1), Is.EqualTo(-3)); // α = 1 is the identity
    }

    [Test]
    public void PreluAlphaGradientMatchesFiniteDifferences()
    {
        var random = new Random(4);
        var x = FiniteDifferences.RandomArray<double[]>(random, 9);
        var dy = FiniteDifferences.RandomArray<double[]>(random, 9);
        double alpha = 0.3;
        double Loss(double a) => x.Select((v, i) => dy[i] * Activations.Prelu(v, a)).Sum();
        Assert.That(Activations.PreluAlphaGradient(x, dy), Is.EqualTo(CentralDifference(Loss, alpha)).Within(1e-8));
    }

    [Test]
    public void PreluAlphaGradientRejectsMismatchedLengths() =>
        Assert.Throws<ArgumentException>(() => Activations.PreluAlphaGradient([1, 2], [1]));

    [Test]
    public void SwishClosedFormOfSeed002EqualsTheDirectDerivative()
    {
        foreach (double x in Points)
        {
            double s = Activations.Sigmoid(x);
            Assert.That(Activations.SwishDerivative(x), Is.EqualTo(s + x * s * (1 - s)).Within(1e-12), $"at x = {x}");
        }
    }

    [Test]
    public void MishClosedFormOfSeed002EqualsTheDirectDerivative()
    {
        // Direct: Mish' = tanh(sp(x)) + x·sech²(sp(x))·σ(x), checked also where e^{4x} overflows.
        foreach (double x in Points.Concat([-800, -60, 0, 60, 200, 800]))
        {
            double t = Math.Tanh(Activations.Softplus(x));
            double direct = t + x * (1 - t * t) * Activations.Sigmoid(x);
            Assert.That(Activations.MishDerivative(x), Is.EqualTo(direct).Within(1e-12), $"at x = {x}");
        }
    }

    [Test]
    public void MishClosedFormUnscaledMatchesAtModerateX()
    {
        // The seed's e^x·ω/δ² evaluated literally, where it does not overflow.
        foreach (double x in new[] { 0.5, 2.0, 7.0 })
        {
            double e = Math.Exp(x);
            double omega = 4 * (x + 1) + 4 * e * e + e * e * e + e * (4 * x + 6), delta = 2 * e + e * e + 2;
            Assert.That(Activations.MishDerivative(x), Is.EqualTo(e * omega / (delta * delta)).Within(1e-12));
        }
    }

    [Test]
    public void MishOverXTendsToTanhLn2()
    {
        Assert.That(Math.Tanh(Math.Log(2)), Is.EqualTo(0.6).Within(1e-15));
        Assert.That(Activations.Mish(1e-9) / 1e-9, Is.EqualTo(0.6).Within(1e-8));
        Assert.That(Activations.Mish(-1e-9) / -1e-9, Is.EqualTo(0.6).Within(1e-8));
        Assert.That(Activations.MishDerivative(0), Is.EqualTo(0.6).Within(1e-15)); // Mish'(0) = Mish(x)/x at 0
    }

    [Test]
    public void NoOverflowAtExtremeInputs()
    {
        foreach (double x in new[] { -1000.0, 1000.0 })
        {
            Assert.That(double.IsFinite(Activations.Sigmoid(x)) && double.IsFinite(Activations.Softplus(x)), Is.True);
            Assert.That(double.IsFinite(Activations.Swish(x)) && double.IsFinite(Activations.SwishDerivative(x)),
                Is.True);
            Assert.That(double.IsFinite(Activations.Mish(x)) && double.IsFinite(Activations.MishDerivative(x)),
                Is.True);
        }
        Assert.That(Activations.Softplus(1000), Is.EqualTo(1000));
    }
}
