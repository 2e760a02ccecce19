using Grader.Reference.Mistakes;
using static Grader.Reference.Tests.FiniteDifferences;

namespace Grader.Reference.Tests.Mistakes;

public class ConvolutionMistakesTests
{
    const int RandomCases = 24;

    // A generic strided case: 2 channels in, 3 out, 3×3 kernels, stride 2, padding 1 (6×6 → 3×3).
    static ConvolutionCase Strided()
    {
        var random = new Random(2024);
        return new ConvolutionCase(RandomArray<double[,,]>(random, 2, 6, 6),
            RandomArray<double[,,,]>(random, 3, 2, 3, 3),
            RandomArray<double[]>(random, 3), RandomArray<double[,,]>(random, 3, 3, 3), 2, 1);
    }

    public delegate Array Gradient(double[,,] x, double[,,,] w, double[,,] dy, int stride, int padding);

    // Each gradient of the answer key with its two catalogued mistakes.
    static readonly TestCaseData[] GradientsAndTheirMistakes =
    [
        new TestCaseData((Gradient)Convolution.Conv2DInputGradient,
            (Gradient)ConvolutionMistakes.InputGradientKernelNotRotated,
            (Gradient)ConvolutionMistakes.InputGradientStrideIgnored).SetArgDisplayNames("dL/dX"),
        new TestCaseData((Gradient)Convolution.Conv2DWeightGradient,
            (Gradient)ConvolutionMistakes.WeightGradientTransposed,
            (Gradient)ConvolutionMistakes.WeightGradientStrideIgnored).SetArgDisplayNames("dL/dW"),
    ];

    [TestCaseSource(nameof(GradientsAndTheirMistakes))]
    public void EveryMistakeDiffersFromTheCorrectAnswerAndFromTheOther(Gradient answer, Gradient first, Gradient second)
    {
        var t = Strided();
        Array On(Gradient gradient) => gradient(t.X, t.W, t.Dy, t.Stride, t.Padding);
        var (correct, firstMistake, secondMistake) = (On(answer), On(first), On(second));
        Assert.That(firstMistake, Is.Not.EqualTo(correct).Within(1e-3));
        Assert.That(secondMistake, Is.Not.EqualTo(correct).Within(1e-3));
        Assert.That(secondMistake, Is.Not.EqualTo(firstMistake).Within(1e-3));
    }

    [Test]
    public void Seed004PaddedByOneGivesTheTwoByTwoCentre()
    {
        double[,,] x = { { { 1, 2, 1, 0 }, { 2, 1, 0, 1 }, { 1, 0, 2, 1 }, { 0, 1, 2, 1 } } };
        double[,,,] w = { { { { 1, -1, 0 }, { 0, 1, -1 }, { -1, 0, 1 } } } };
        double[,,] dy = { { { 1, -1 }, { -1, 1 } } };
        Assert.That(ConvolutionMistakes.InputGradientUpstreamPaddedByOne(x, w, dy, 1, 0),
            Is.EqualTo(new double[,,] { { { 3, -3 }, { 0, 3 } } }));
        Assert.That(Convolution.Conv2DInputGradient(x, w, dy, 1, 0).GetLength(1), Is.EqualTo(4));
    }

    [Test]
    public void PaddedByOneIsTheCorrectMapWithoutItsBorderOfKMinusTwo([Range(0, RandomCases - 1)] int seed)
    {
        var t = ConvolutionCase.Random(seed) with { Stride = 1, Padding = 0 };
        int k = t.W.GetLength(2);
        if (k < 2 || k != t.W.GetLength(3) || t.X.GetLength(1) < k || t.X.GetLength(2) < k)
            Assert.Ignore("a square kernel of 2 or more that fits");
        t = t with { Dy = RandomArray<double[,,]>(new Random(seed), t.W.GetLength(0), t.X.GetLength(1) - k + 1,
            t.X.GetLength(2) - k + 1) };
        var correct = Convolution.Conv2DInputGradient(t.X, t.W, t.Dy, 1, 0);
        var centre = Tensors.Crop(correct, k - 2, k - 2, correct.GetLength(1) - 2 * (k - 2),
            correct.GetLength(2) - 2 * (k - 2));
        Assert.That(ConvolutionMistakes.InputGradientUpstreamPaddedByOne(t.X, t.W, t.Dy, 1, 0),
            Is.EqualTo(centre).Within(1e-12));
    }

    [Test]
    public void KernelNotRotatedScattersTheFlippedKernel([Range(0, RandomCases - 1)] int seed)
    {
        // Scattering w[o,c,kh−1−u,kw−1−v] instead of w[o,c,u,v] is what correlating with the
        // unrotated kernel amounts to.
        var t = ConvolutionCase.Random(seed);
        var expected = (t with { W = Flipped(t.W) }).ScatterInputGradient(t.Stride);
        Assert.That(ConvolutionMistakes.InputGradientKernelNotRotated(t.X, t.W, t.Dy, t.Stride, t.Padding),
            Is.EqualTo(expected).Within(1e-12), t.ToString());
    }

    [Test]
    public void TransposedHasTheCorrectValuesWithSpatialAxesSwapped([Range(0, RandomCases - 1)] int seed)
    {
        var t = ConvolutionCase.Random(seed);
        var correct = Convolution.Conv2DWeightGradient(t.X, t.W, t.Dy, t.Stride, t.Padding);
        var transposed = ConvolutionMistakes.WeightGradientTransposed(t.X, t.W, t.Dy, t.Stride, t.Padding);
        Assert.That((transposed.GetLength(2), transposed.GetLength(3)),
            Is.EqualTo((correct.GetLength(3), correct.GetLength(2))));
        for (int o = 0; o < correct.GetLength(0); o++)
            for (int c = 0; c < correct.GetLength(1); c++)
                for (int u = 0; u < correct.GetLength(2); u++)
                    for (int v = 0; v < correct.GetLength(3); v++)
                        Assert.That(transposed[o, c, v, u], Is.EqualTo(correct[o, c, u, v]), t.ToString());
    }

    [Test]
    public void WeightGradientStrideIgnoredSlidesDyOneCellAtATime([Range(0, RandomCases - 1)] int seed)
    {
        var t = ConvolutionCase.Random(seed);
        var xpad = Tensors.Pad(t.X, t.Padding);
        var expected = new double[t.W.GetLength(0), t.W.GetLength(1), t.W.GetLength(2), t.W.GetLength(3)];
        for (int o = 0; o < t.Dy.GetLength(0); o++)
            for (int c = 0; c < t.X.GetLength(0); c++)
                for (int u = 0; u < t.W.GetLength(2); u++)
                    for (int v = 0; v < t.W.GetLength(3); v++)
                        for (int i = 0; i < t.Dy.GetLength(1); i++)
                            for (int j = 0; j < t.Dy.GetLength(2); j++)
                                expected[o, c, u, v] += t.Dy[o, i, j] * xpad[c, i + u, j + v];
        Assert.That(ConvolutionMistakes.WeightGradientStrideIgnored(t.X, t.W, t.Dy, t.Stride, t.Padding),
            Is.EqualTo(expected).Within(1e-12), t.ToString());
    }

    [Test]
    public void InputGradientStrideIgnoredScattersAtUnitSteps([Range(0, RandomCases - 1)] int seed)
    {
        var t = ConvolutionCase.Random(seed);
        Assert.That(ConvolutionMistakes.InputGradientStrideIgnored(t.X, t.W, t.Dy, t.Stride, t.Padding),
            Is.EqualTo(t.ScatterInputGradient(1)).Within(1e-12), t.ToString());
    }

    [Test]
    public void AtStrideOneIgnoringTheStrideIsNotAMistake()
    {
        var t = Strided() with { Stride = 1, Dy = RandomArray<double[,,]>(new Random(5), 3, 6, 6) };
        Assert.That(ConvolutionMistakes.WeightGradientStrideIgnored(t.X, t.W, t.Dy, 1, 1),
            Is.EqualTo(Convolution.Conv2DWeightGradient(t.X, t.W, t.Dy, 1, 1)).Within(1e-12));
        Assert.That(ConvolutionMistakes.InputGradientStrideIgnored(t.X, t.W, t.Dy, 1, 1),
            Is.EqualTo(Convolution.Conv2DInputGradient(t.X, t.W, t.Dy, 1, 1)).Within(1e-12));
    }

    [Test]
    public void InvalidInputIsRejectedLikeTheCorrectFunctions() =>
        Assert.That(() =>
            ConvolutionMistakes.InputGradientStrideIgnored(new double[1, 4, 4], new double[1, 1, 3, 3],
                new double[1, 1, 1], 1, 0),
            Throws.InstanceOf<ArgumentException>());

    static double[,,,] Flipped(double[,,,] w)
    {
        int kh = w.GetLength(2), kw = w.GetLength(3);
        var flipped = new double[w.GetLength(0), w.GetLength(1), kh, kw];
        for (int o = 0; o < w.GetLength(0); o++)
            for (int c = 0; c < w.GetLength(1); c++)
                for (int u = 0; u < kh; u++)
                    for (int v = 0; v < kw; v++)
                        flipped[o, c, u, v] = w[o, c, kh - 1 - u, kw - 1 - v];
        return flipped;
    }
}
