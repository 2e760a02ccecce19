using static Grader.Reference.Tests.FiniteDifferences;

namespace Grader.Reference.Tests;

public class PoolingTests
{
    static readonly double[,,] Image = { { { 1, 3, 2, 4 }, { 5, 6, 1, 2 }, { 7, 2, 9, 0 }, { 1, 8, 3, 4 } } };
    static readonly double[,,] Upstream = { { { 1, 2 }, { 3, 4 } } };

    [Test]
    public void MaxPoolTakesTheLargestOfEachWindow() =>
        Assert.That(Pooling.MaxPool(Image, 2, 2), Is.EqualTo(new double[,,] { { { 6, 4 }, { 8, 9 } } }));

    [Test]
    public void MaxPoolBackwardRoutesEachGradientToItsMaximum() =>
        // maxima at (1,1), (0,3), (3,1), (2,2)
        Assert.That(Pooling.MaxPoolBackward(Image, Upstream, 2, 2),
            Is.EqualTo(new double[,,] { { { 0, 0, 0, 2 }, { 0, 1, 0, 0 }, { 0, 0, 4, 0 }, { 0, 3, 0, 0 } } }));

    [Test]
    public void AvgPoolTakesTheMeanOfEachWindow() =>
        // (1+3+5+6)/4, (2+4+1+2)/4, (7+2+1+8)/4, (9+0+3+4)/4
        Assert.That(Pooling.AvgPool(Image, 2, 2), Is.EqualTo(new double[,,] { { { 3.75, 2.25 }, { 4.5, 4 } } }));

    [Test]
    public void AvgPoolBackwardSpreadsEachGradientEvenly() =>
        Assert.That(Pooling.AvgPoolBackward(Image, Upstream, 2, 2), Is.EqualTo(new double[,,]
            { { { 0.25, 0.25, 0.5, 0.5 }, { 0.25, 0.25, 0.5, 0.5 }, { 0.75, 0.75, 1, 1 }, { 0.75, 0.75, 1, 1 } } }));

    [Test]
    public void OverlappingWindowsAddTheirGradients()
    {
        // 2×2 windows at stride 1 over a 3×3 map: the centre 9 is the maximum of all four windows.
        double[,,] x = { { { 1, 2, 3 }, { 4, 9, 5 }, { 6, 7, 8 } } }, ones = { { { 1, 1 }, { 1, 1 } } };
        Assert.That(Pooling.MaxPool(x, 2, 1), Is.EqualTo(new double[,,] { { { 9, 9 }, { 9, 9 } } }));
        Assert.That(Pooling.MaxPoolBackward(x, ones, 2, 1),
            Is.EqualTo(new double[,,] { { { 0, 0, 0 }, { 0, 4, 0 }, { 0, 0, 0 } } }));
        // each cell gets 1/4 per window covering it: corners 1, edges 2, centre 4 windows
        Assert.That(Pooling.AvgPoolBackward(x, ones, 2, 1),
            Is.EqualTo(new double[,,] { { { 0.25, 0.5, 0.25 }, { 0.5, 1, 0.5 }, { 0.25, 0.5, 0.25 } } }));
    }

    [Test]
    public void MaxPoolTieGoesToTheFirstMaximumInRowMajorOrder()
    {
        double[,,] x = { { { 0, 5 }, { 5, 5 } } }, dy = { { { 1 } } };
        Assert.That(Pooling.MaxPoolBackward(x, dy, 2, 2), Is.EqualTo(new double[,,] { { { 0, 1 }, { 0, 0 } } }));
    }

    [Test]
    public void ChannelsArePooledSeparatelyAndLeftoverRowsGetNoGradient()
    {
        // 2 channels, 5×5 at size 2 stride 2: the windows never reach row or column 4.
        var random = new Random(3);
        var x = RandomArray<double[,,]>(random, 2, 5, 5);
        var dy = RandomArray<double[,,]>(random, 2, 2, 2);
        Assert.That(Pooling.MaxPool(x, 2, 2)[1, 1, 0],
            Is.EqualTo(Math.Max(Math.Max(x[1, 2, 0], x[1, 2, 1]), Math.Max(x[1, 3, 0], x[1, 3, 1]))));
        var dx = Pooling.AvgPoolBackward(x, dy, 2, 2);
        for (int k = 0; k < 5; k++)
            Assert.That((dx[1, 4, k], dx[1, k, 4]), Is.EqualTo((0.0, 0.0)));
    }

    [Test]
    public void AvgPoolBackwardMatchesFiniteDifferences([Range(0, 23)] int seed)
    {
        var (x, dy, size, stride) = RandomCase(seed);
        var numeric = Gradient(x, () => Dot(Pooling.AvgPool(x, size, stride), dy));
        Assert.That(Elements(Pooling.AvgPoolBackward(x, dy, size, stride)).ToArray(), Is.EqualTo(numeric).Within(1e-6));
    }

    [Test]
    public void MaxPoolBackwardMatchesFiniteDifferences([Range(0, 23)] int seed)
    {
        // Random values: every window has a unique maximum, further than h from the runner-up for these seeds.
        var (x, dy, size, stride) = RandomCase(seed);
        var numeric = Gradient(x, () => Dot(Pooling.MaxPool(x, size, stride), dy));
        Assert.That(Elements(Pooling.MaxPoolBackward(x, dy, size, stride)).ToArray(), Is.EqualTo(numeric).Within(1e-6));
    }

    static (double[,,] X, double[,,] Dy, int Size, int Stride) RandomCase(int seed)
    {
        var random = new Random(seed);
        int c = random.Next(1, 4), size = random.Next(1, 4), stride = random.Next(1, 4);
        int h = random.Next(size, 8), w = random.Next(size, 8);
        var x = RandomArray<double[,,]>(random, c, h, w);
        return (x, RandomArray<double[,,]>(random, c, (h - size) / stride + 1, (w - size) / stride + 1), size, stride);
    }

    static IEnumerable<TestCaseData> InvalidArguments()
    {
        var x = new double[1, 4, 4];
        yield return Invalid("size 0", () => Pooling.MaxPool(x, 0, 1));
        yield return Invalid("stride 0", () => Pooling.AvgPool(x, 2, 0));
        yield return Invalid("window larger than input", () => Pooling.MaxPool(x, 5, 1));
        yield return Invalid("dy shape", () => Pooling.MaxPoolBackward(x, new double[1, 3, 3], 2, 2));
        yield return Invalid("dy channels", () => Pooling.AvgPoolBackward(x, new double[2, 2, 2], 2, 2));
    }

    static TestCaseData Invalid(string name, TestDelegate call) => new TestCaseData(call).SetName(name);

    [TestCaseSource(nameof(InvalidArguments))]
    public void InvalidArgumentsThrowArgumentException(TestDelegate call) =>
        Assert.That(call, Throws.InstanceOf<ArgumentException>());
}
