namespace Grader.Reference.Tests;

public class OptimizersTests
{
    const double Beta1 = 0.9, Beta2 = 0.999, Eps = 1e-8;

    [Test]
    public void SgdFirstStepByHand()
    {
        Assert.That(Optimizers.SgdStep([1, 2], [0.5, -1], 0.1), Is.EqualTo(new[] { 0.95, 2.1 }).Within(1e-12));
    }

    [Test]
    public void SgdOnAQuadraticConvergesToItsMinimiser()
    {
        // f(w) = ½ Σ a_k (w_k − c_k)², ∇f = a ⊙ (w − c); converges for η < 2 / max a
        double[] a = [1, 4, 0.5], c = [3, -1, 2], w = [0, 0, 0];
        for (int t = 0; t < 500; t++) w = Optimizers.SgdStep(w, Gradient(a, c, w), 0.3);
        Assert.That(w, Is.EqualTo(c).Within(1e-9));
    }

    [Test]
    public void MomentumFirstStepByHand()
    {
        var (w, v) = Optimizers.MomentumStep([1, 2], [0.5, -1], [0.2, 0], 0.1, 0.9);
        Assert.That(v, Is.EqualTo(new[] { 0.9 * 0.2 - 0.05, 0.1 }).Within(1e-12));
        Assert.That(w, Is.EqualTo(new[] { 1 + 0.13, 2.1 }).Within(1e-12));
    }

    [Test]
    public void MomentumUnderAConstantGradientFollowsTheGeometricSum()
    {
        // v_t = −ηg (1 − μ^t)/(1 − μ);  w_t = w_0 − ηg/(1 − μ) · (t − μ(1 − μ^t)/(1 − μ))
        const double eta = 0.1, mu = 0.8, g = 2;
        const int steps = 15;
        double[] w = [1], v = [0];
        for (int t = 0; t < steps; t++) (w, v) = Optimizers.MomentumStep(w, [g], v, eta, mu);
        double decayed = 1 - Math.Pow(mu, steps);
        Assert.That(v[0], Is.EqualTo(-eta * g * decayed / (1 - mu)).Within(1e-12));
        Assert.That(w[0], Is.EqualTo(1 - eta * g / (1 - mu) * (steps - mu * decayed / (1 - mu))).Within(1e-12));
    }

    [Test]
    public void RmspropFirstStepByHand()
    {
        // s = 0.9·0 + 0.1·2² = 0.4;  w = 1 − 0.01 · 2 / (√0.4 + ε)
        var (w, s) = Optimizers.RmspropStep([1], [2], [0], 0.01, 0.9, Eps);
        Assert.That(s, Is.EqualTo(new[] { 0.4 }).Within(1e-12));
        Assert.That(w[0], Is.EqualTo(1 - 0.01 * 2 / (Math.Sqrt(0.4) + Eps)).Within(1e-15));
    }

    [TestCase(1e-3)]
    [TestCase(-5.0)]
    [TestCase(1e3)]
    public void AdamFirstStepIsTheLearningRateTimesTheSignOfTheGradient(double g)
    {
        // t = 1: m̂ = g, v̂ = g², so the step is η g / (|g| + ε) ≈ η sign(g) whatever the scale of g
        var (w, m, v) = Optimizers.AdamStep([0.5], [g], [0], [0], 1, 0.01, Beta1, Beta2, Eps);
        Assert.That(w[0], Is.EqualTo(0.5 - 0.01 * Math.Sign(g)).Within(1e-7));
        Assert.That(m[0], Is.EqualTo(0.1 * g).Within(1e-12 * Math.Abs(g)));
        Assert.That(v[0], Is.EqualTo(0.001 * g * g).Within(1e-12 * g * g));
    }

    [Test]
    public void AdamUnderAConstantGradientMovesTheLearningRateEveryStep()
    {
        // Bias correction makes m̂_t = g and v̂_t = g² exactly for a constant g, so 10 steps move 10η.
        double[] w = [0], m = [0], v = [0];
        for (int t = 1; t <= 10; t++) (w, m, v) = Optimizers.AdamStep(w, [0.3], m, v, t, 0.01, Beta1, Beta2, Eps);
        Assert.That(w[0], Is.EqualTo(-0.1).Within(1e-6));
    }

    [Test]
    public void AdamSecondStepByHand()
    {
        // g1 = 1, g2 = −1: m2 = 0.9·0.1 − 0.1 = −0.01, v2 = 0.999·0.001 + 0.001 = 0.001999
        var (w, m, v) = Optimizers.AdamStep([0], [1], [0], [0], 1, 0.1, Beta1, Beta2, Eps);
        (w, m, v) = Optimizers.AdamStep(w, [-1], m, v, 2, 0.1, Beta1, Beta2, Eps);
        double mHat = -0.01 / (1 - 0.81), vHat = 0.001999 / (1 - 0.998001);
        Assert.That(m[0], Is.EqualTo(-0.01).Within(1e-15));
        Assert.That(v[0], Is.EqualTo(0.001999).Within(1e-15));
        Assert.That(w[0], Is.EqualTo(-0.1 / (1 + Eps) - 0.1 * mHat / (Math.Sqrt(vHat) + Eps)).Within(1e-12));
    }

    [Test]
    public void CentralizationSubtractsEachRowsMean()
    {
        var g = new double[,] { { 1, 2, 3 }, { 4, 4, 4 }, { -2, 0, 5 } };
        Assert.That(Optimizers.GradientCentralization(g),
            Is.EqualTo(new double[,] { { -1, 0, 1 }, { 0, 0, 0 }, { -3, -1, 4 } }).Within(1e-12));
    }

    [Test]
    public void CentralizationIsAProjectionOntoZeroMeanRows()
    {
        var g = FiniteDifferences.RandomArray<double[,]>(new Random(2), 4, 6);
        var once = Optimizers.GradientCentralization(g);
        for (int i = 0; i < 4; i++)
            Assert.That(Enumerable.Range(0, 6).Sum(j => once[i, j]), Is.EqualTo(0).Within(1e-12), $"row {i}");
        Assert.That(Optimizers.GradientCentralization(once), Is.EqualTo(once).Within(1e-12));
    }

    [Test]
    public void AdamGcFirstStepByHand()
    {
        // ĝ = Φ_GC([1, 2, 6]) = [−2, −1, 3]; t = 1: step = η ĝ / √(ĝ² + ε) ≈ η sign(ĝ)
        var (w, m, v) = Optimizers.AdamGcStep(new double[,] { { 1, 1, 1 } }, new double[,] { { 1, 2, 6 } },
            new double[1, 3], new double[1, 3], 1, 0.01, Beta1, Beta2, Eps);
        Assert.That(w, Is.EqualTo(new double[,] { { 1.01, 1.01, 0.99 } }).Within(1e-8));
        Assert.That(m, Is.EqualTo(new double[,] { { -0.2, -0.1, 0.3 } }).Within(1e-12));
        Assert.That(v, Is.EqualTo(new double[,] { { 0.004, 0.001, 0.009 } }).Within(1e-12));
    }

    [Test]
    public void AdamGcOnACentredGradientIsAdamOnTheFlattenedWeights()
    {
        // Φ_GC leaves a zero-mean-row gradient unchanged; only ε's place differs, negligible at ε = 1e-12.
        var random = new Random(3);
        var w = FiniteDifferences.RandomArray<double[,]>(random, 3, 4);
        var g = Optimizers.GradientCentralization(FiniteDifferences.RandomArray<double[,]>(random, 3, 4));
        var m = FiniteDifferences.RandomArray<double[,]>(random, 3, 4);
        var v = FiniteDifferences.RandomArray<double[,]>(random, 3, 4);
        foreach (ref double x in FiniteDifferences.Elements(v)) x = Math.Abs(x);
        var gc = Optimizers.AdamGcStep(w, g, m, v, 3, 0.01, Beta1, Beta2, 1e-12);
        var plain = Optimizers.AdamStep(Flat(w), Flat(g), Flat(m), Flat(v), 3, 0.01, Beta1, Beta2, 1e-12);
        Assert.That(Flat(gc.w), Is.EqualTo(plain.w).Within(1e-9));
        Assert.That(Flat(gc.m), Is.EqualTo(plain.m).Within(1e-15));
        Assert.That(Flat(gc.v), Is.EqualTo(plain.v).Within(1e-15));
    }

    [Test]
    public void InvalidArgumentsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => Optimizers.SgdStep([1, 2], [1], 0.1));
        Assert.Throws<ArgumentException>(() => Optimizers.SgdStep([1], [1], double.NaN));
        Assert.Throws<ArgumentException>(() => Optimizers.MomentumStep([1], [1], [0, 0], 0.1, 0.9));
        Assert.Throws<ArgumentException>(() => Optimizers.MomentumStep([1], [1], [0], 0.1, 1));
        Assert.Throws<ArgumentException>(() => Optimizers.RmspropStep([1], [1], [0], 0.1, 0.9, 0));
        Assert.Throws<ArgumentException>(() => Optimizers.AdamStep([1], [1], [0], [0], 0, 0.1, Beta1, Beta2, Eps));
        Assert.Throws<ArgumentException>(() => Optimizers.AdamStep([1], [1], [0], [0], 1, 0.1, 1.2, Beta2, Eps));
        Assert.Throws<ArgumentException>(() => Optimizers.GradientCentralization(new double[2, 0]));
        Assert.Throws<ArgumentException>(() =>
            Optimizers.AdamGcStep(new double[2, 3], new double[3, 2], new double[2, 3],
            new double[2, 3], 1, 0.1, Beta1, Beta2, Eps));
    }

    static double[] Gradient(double[] a, double[] c, double[] w) => w.Select((wk, k) => a[k] * (wk - c[k])).ToArray();

    static double[] Flat(double[,] a) => FiniteDifferences.Elements(a).ToArray();
}
