using static Grader.Reference.Tests.FiniteDifferences;

namespace Grader.Reference.Tests;

public class Convolution1DTests
{
    // X = [1, 2, 3, 4, 5], W = [2, −1, 1], dL/dZ = [1, −1, 2], worked by hand with seed 001 Q2's formulas.
    static readonly double[] X = [1, 2, 3, 4, 5], W = [2, -1, 1], Dz = [1, -1, 2];

    [Test]
    public void Seed001ForwardZiEqualsSumOfWjXiPlusJ() =>
        // Z_0 = 2·1 − 2 + 3 = 3, Z_1 = 2·2 − 3 + 4 = 5, Z_2 = 2·3 − 4 + 5 = 7
        Assert.That(Convolution1D.Conv1D(X, W), Is.EqualTo(new double[] { 3, 5, 7 }));

    [Test]
    public void Seed001WeightGradientIsDzCorrelatedWithX() =>
        // dL/dW_0 = 1·1 − 1·2 + 2·3 = 5, dL/dW_1 = 2 − 3 + 8 = 7, dL/dW_2 = 3 − 4 + 10 = 9
        Assert.That(Convolution1D.Conv1DWeightGradient(X, Dz), Is.EqualTo(new double[] { 5, 7, 9 }));

    [Test]
    public void InputGradientIsFullConvolutionOfDzWithW() =>
        // dL/dX_k = Σ_i dZ_i W_{k−i}:
        // [1·2, 1·(−1) − 1·2, 1·1 − 1·(−1) + 2·2, −1·1 + 2·(−1), 2·1]
        Assert.That(Convolution1D.Conv1DInputGradient(W, Dz), Is.EqualTo(new double[] { 2, -3, 6, -3, 2 }));

    [Test]
    public void GradientsMatchFiniteDifferences([Range(0, 23)] int seed)
    {
        var random = new Random(seed);
        int n = random.Next(1, 10), k = random.Next(1, n + 1);
        var x = RandomArray<double[]>(random, n);
        var w = RandomArray<double[]>(random, k);
        var dz = RandomArray<double[]>(random, n - k + 1);
        double Loss() => Dot(Convolution1D.Conv1D(x, w), dz);

        Assert.That(Convolution1D.Conv1DWeightGradient(x, dz), Is.EqualTo(Gradient(w, Loss)).Within(1e-6));
        Assert.That(Convolution1D.Conv1DInputGradient(w, dz), Is.EqualTo(Gradient(x, Loss)).Within(1e-6));
    }

    [Test]
    public void AgreesWithTheTwoDimensionalConvolutionOnOneRow([Range(0, 9)] int seed)
    {
        var random = new Random(seed);
        int n = random.Next(1, 10), k = random.Next(1, n + 1);
        var x = RandomArray<double[,,]>(random, 1, 1, n);
        var w = RandomArray<double[,,,]>(random, 1, 1, 1, k);
        var z = Convolution.Conv2D(x, w, [0], 1, 0);
        Assert.That(Convolution1D.Conv1D(Elements(x).ToArray(), Elements(w).ToArray()),
            Is.EqualTo(Elements(z).ToArray()).Within(1e-12));
    }

    static IEnumerable<TestCaseData> InvalidArguments()
    {
        yield return Invalid("kernel longer than x", () => Convolution1D.Conv1D([1, 2], [1, 2, 3]));
        yield return Invalid("empty kernel", () => Convolution1D.Conv1D([1, 2], []));
        yield return Invalid("dz longer than x", () => Convolution1D.Conv1DWeightGradient([1, 2], [1, 2, 3]));
        yield return Invalid("empty dz", () => Convolution1D.Conv1DInputGradient([1], []));
    }

    static TestCaseData Invalid(string name, TestDelegate call) => new TestCaseData(call).SetName(name);

    [TestCaseSource(nameof(InvalidArguments))]
    public void InvalidArgumentsThrowArgumentException(TestDelegate call) =>
        Assert.That(call, Throws.InstanceOf<ArgumentException>());
}
