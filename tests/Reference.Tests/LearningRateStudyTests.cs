namespace Grader.Reference.Tests;

public class LearningRateStudyTests
{
    const int Steps = 100;
    static readonly double[] Rates = [0.001, 0.01, 0.1, 1];

    [Test]
    public void GradientMatchesFiniteDifferences()
    {
        var (x, y) = StudyData();
        var w = FiniteDifferences.RandomArray<double[]>(new Random(5), 3);
        var numeric = FiniteDifferences.Gradient(w, () => LearningRateStudy.MeanSquaredError(x, y, w));
        Assert.That(LearningRateStudy.MeanSquaredErrorGradient(x, y, w), Is.EqualTo(numeric).Within(1e-6));
    }

    [Test]
    public void SgdCurveOnOneFeatureFollowsTheClosedForm()
    {
        // a = 2Σx²/N, w* = Σxy/Σx²: w_k = w*(1 − (1 − ηa)^k), L(w_k) = L(w*) + (a/2) w*² (1 − ηa)^{2k}
        var x = new double[,] { { 1 }, { 2 }, { -1 } };
        double[] y = [2, 3, -1];
        double a = 2 * 6.0 / 3, best = 9.0 / 6, eta = 0.1;
        double minimum = LearningRateStudy.MeanSquaredError(x, y, [best]);
        var curve = LearningRateStudy.LossCurve(x, y, "sgd", eta, 20);
        for (int k = 0; k <= 20; k++)
            Assert.That(curve[k],
                Is.EqualTo(minimum + a / 2 * best * best * Math.Pow(1 - eta * a, 2 * k)).Within(1e-12), $"step {k}");
    }

    [Test]
    public void SgdDivergesAtLearningRateOne()
    {
        // η = 1 exceeds 2 / λ_max of the Hessian (2/N)XᵀX: the loss grows every step, then overflows to +∞.
        var (x, y) = StudyData();
        var curve = LearningRateStudy.LossCurve(x, y, "sgd", 1, 1000);
        for (int k = 1; k < 30; k++) Assert.That(curve[k], Is.GreaterThan(curve[k - 1]), $"step {k}");
        Assert.That(curve[Steps], Is.GreaterThan(1e20 * curve[0]));
        Assert.That(curve[^1], Is.EqualTo(double.PositiveInfinity));
    }

    [TestCase("sgd")]
    [TestCase("rmsprop")]
    [TestCase("adam")]
    public void ProgressIsSlowAtTheSmallestLearningRate(string optimizer)
    {
        var (x, y) = StudyData();
        var slow = LearningRateStudy.LossCurve(x, y, optimizer, 0.001, Steps);
        Assert.That(slow[^1], Is.GreaterThan(slow[0] / 2), "less than half the loss gone after 100 steps");
        Assert.That(slow[^1], Is.LessThan(slow[0]), "but it does go down");
    }

    [TestCase("sgd")]
    [TestCase("rmsprop")]
    public void AMiddleLearningRateDoesBest(string optimizer)
    {
        var (x, y) = StudyData();
        var final = Rates.Select(rate => LearningRateStudy.LossCurve(x, y, optimizer, rate, Steps)[^1]).ToArray();
        double middle = Math.Min(final[1], final[2]);
        Assert.That(middle, Is.LessThan(final[0] / 10), "far better than η = 0.001");
        Assert.That(middle, Is.LessThan(final[3] / 10), "far better than η = 1");
    }

    [Test]
    public void AdamConvergesFasterAsTheLearningRateGrows()
    {
        // Seed 003 P4 on Adam: a larger rate converges sooner; its steps are bounded by ≈ η,
        // so η = 1 does not blow up.
        var (x, y) = StudyData();
        var final = Rates.Select(rate => LearningRateStudy.LossCurve(x, y, "adam", rate, Steps)[^1]).ToArray();
        Assert.That(final[1], Is.LessThan(final[0]));
        Assert.That(final[2], Is.LessThan(final[1] / 10));
        Assert.That(LearningRateStudy.LossCurve(x, y, "adam", 1, Steps).Max(), Is.LessThan(100 * final[0]));
    }

    [Test]
    public void InvalidArgumentsAreRejected()
    {
        var (x, y) = StudyData();
        Assert.Throws<ArgumentException>(() => LearningRateStudy.LossCurve(x, y, "adagrad", 0.1, 10));
        Assert.Throws<ArgumentException>(() => LearningRateStudy.LossCurve(x, y, "sgd", -0.1, 10));
        Assert.Throws<ArgumentException>(() => LearningRateStudy.LossCurve(x, y, "sgd", 0.1, -1));
        Assert.Throws<ArgumentException>(() => LearningRateStudy.LossCurve(x, [1, 2], "sgd", 0.1, 10));
        Assert.Throws<ArgumentException>(() => LearningRateStudy.MeanSquaredErrorGradient(x, y, [1, 2]));
    }

    // y = X·(1.5, −2, 0.5) + noise in [−0.1, 0.1), X uniform in [−2, 2)^(50×3): Hessian eigenvalues near 8/3.
    internal static (double[,] x, double[] y) StudyData()
    {
        var random = new Random(2024);
        double[] trueW = [1.5, -2, 0.5];
        var x = FiniteDifferences.RandomArray<double[,]>(random, 50, 3);
        foreach (ref double v in FiniteDifferences.Elements(x)) v *= 2;
        var y = new double[50];
        for (int i = 0; i < 50; i++)
            y[i] = x[i, 0] * trueW[0] + x[i, 1] * trueW[1] + x[i, 2] * trueW[2] + 0.1 * (random.NextDouble() * 2 - 1);
        return (x, y);
    }
}
