namespace Grader.Reference.Tests;

public class ArchitectureTests
{
    // docs/homework-sources.md#architecture: input 512×512×3, every spatial layer 4×4 stride 2 padding 1, pointwise
    // layers 1×1 stride 1 padding 0.
    private static readonly string[] KindsA =
        ["depthwise", "pointwise", "depthwise", "pointwise", "depthwise", "pointwise"];
    private static readonly int[] ChannelsA = [3, 64, 64, 128, 128, 256];
    private static readonly int[] KernelsA = [4, 1, 4, 1, 4, 1];
    private static readonly int[] StridesA = [2, 1, 2, 1, 2, 1];
    private static readonly int[] PaddingsA = [1, 0, 1, 0, 1, 0];
    private static readonly string[] KindsB = ["conv", "conv", "conv"];
    private static readonly int[] ChannelsB = [64, 128, 256];
    private static readonly int[] Fours = [4, 4, 4], Twos = [2, 2, 2], Ones = [1, 1, 1];

    [Test]
    public void OutputSizeOfTheWorkedExampleLayersHalvesTheInput()
    {
        Assert.That(Architecture.ConvOutputSize(512, 4, 2, 1), Is.EqualTo(256));
        Assert.That(Architecture.ConvOutputSize(256, 4, 2, 1), Is.EqualTo(128));
        Assert.That(Architecture.ConvOutputSize(128, 4, 2, 1), Is.EqualTo(64));
    }

    [Test]
    public void OutputSizeFloorsWhenTheStrideDoesNotDivide() =>
        Assert.That(Architecture.ConvOutputSize(7, 2, 2, 0), Is.EqualTo(3)); // (7 − 2)/2 = 2.5 → 2, + 1

    [Test]
    public void OutputSizeMatchesCountingWindowPositions()
    {
        var random = new Random(1);
        for (int trial = 0; trial < 200; trial++)
        {
            int n = random.Next(1, 30), k = random.Next(1, 8), s = random.Next(1, 5), p = random.Next(0, 4),
                d = random.Next(1, 4);
            int span = d * (k - 1) + 1, positions = 0;
            for (int start = 0; start + span <= n + 2 * p; start += s) positions++;
            if (positions == 0)
                Assert.Throws<ArgumentException>(() => Architecture.DilatedConvOutputSize(n, k, s, p, d));
            else Assert.That(Architecture.DilatedConvOutputSize(n, k, s, p, d), Is.EqualTo(positions),
                $"n={n} k={k} s={s} p={p} d={d}");
        }
    }

    [Test]
    public void NetworkAOutputShapesFollowTheSeed()
    {
        var shapes = Architecture.NetworkOutputShapes(512, 512, 3, KindsA, ChannelsA, KernelsA, StridesA, PaddingsA);
        Assert.That(shapes, Is.EqualTo(new[,]
        {
            { 256, 256, 3 }, { 256, 256, 64 }, { 128, 128, 64 }, { 128, 128, 128 }, { 64, 64, 128 }, { 64, 64, 256 },
        }));
    }

    [Test]
    public void NetworkAMultiplicationsPerLayerAndTotal()
    {
        var perLayer =
            Architecture.NetworkMultiplications(512, 512, 3, KindsA, ChannelsA, KernelsA, StridesA, PaddingsA);
        Assert.That(perLayer,
            Is.EqualTo(new long[] { 3_145_728, 12_582_912, 16_777_216, 134_217_728, 8_388_608, 134_217_728 }));
        Assert.That(Architecture.TotalMultiplications(512, 512, 3, KindsA, ChannelsA, KernelsA, StridesA, PaddingsA),
            Is.EqualTo(309_329_920L));
    }

    [Test]
    public void NetworkBMultiplicationsPerLayerAndTotal()
    {
        var perLayer = Architecture.NetworkMultiplications(512, 512, 3, KindsB, ChannelsB, Fours, Twos, Ones);
        Assert.That(perLayer, Is.EqualTo(new long[] { 201_326_592, 2_147_483_648, 2_147_483_648 }));
        Assert.That(Architecture.TotalMultiplications(512, 512, 3, KindsB, ChannelsB, Fours, Twos, Ones),
            Is.EqualTo(4_496_293_888L));
    }

    [Test]
    public void NetworkParametersWithoutBias()
    {
        Assert.That(Architecture.NetworkParameters(3, KindsA, ChannelsA, KernelsA, false),
            Is.EqualTo(new long[] { 48, 192, 1024, 8192, 2048, 32768 }));
        Assert.That(Architecture.TotalParameters(3, KindsA, ChannelsA, KernelsA, false), Is.EqualTo(44_272L));
        Assert.That(Architecture.TotalParameters(3, KindsB, ChannelsB, Fours, false), Is.EqualTo(658_432L));
    }

    [Test]
    public void TheSeparableNetworkIsTheCheaperOneOnBothCounts()
    {
        // Seed 001 Q5 concluded the opposite; the numbers say A wins on multiplications and on parameters.
        Assert.That(Architecture.TotalMultiplications(512, 512, 3, KindsA, ChannelsA, KernelsA, StridesA, PaddingsA),
            Is.LessThan(Architecture.TotalMultiplications(512, 512, 3, KindsB, ChannelsB, Fours, Twos, Ones)));
        Assert.That(Architecture.TotalParameters(3, KindsA, ChannelsA, KernelsA, false),
            Is.LessThan(Architecture.TotalParameters(3, KindsB, ChannelsB, Fours, false)));
    }

    [Test]
    public void SeparableLayerEqualsItsDepthwiseAndPointwiseHalves()
    {
        var pair = Architecture.NetworkMultiplications(
            512, 512, 3, ["depthwise", "pointwise"], [3, 64], [4, 1], [2, 1], [1, 0]);
        var separable = Architecture.NetworkMultiplications(512, 512, 3, ["separable"], [64], [4], [2], [1]);
        Assert.That(separable[0], Is.EqualTo(pair.Sum()));
        Assert.That(Architecture.SeparableConvParameters(3, 64, 4, true),
            Is.EqualTo(Architecture.DepthwiseConvParameters(3, 4, true)
                + Architecture.PointwiseConvParameters(3, 64, true)));
    }

    [Test]
    public void BiasAddsOneParameterPerFilter()
    {
        Assert.That(Architecture.StandardConvParameters(3, 64, 4, true), Is.EqualTo(3072 + 64));
        Assert.That(Architecture.DepthwiseConvParameters(64, 4, true), Is.EqualTo(1024 + 64));
        Assert.That(Architecture.LayerParameters("maxpool", 8, 8, 2, true), Is.EqualTo(0));
    }

    [Test]
    public void StandardConvMultiplicationsCountEveryProductOfANaiveConvolution()
    {
        var random = new Random(2);
        for (int trial = 0; trial < 20; trial++)
        {
            int h = random.Next(3, 9), w = random.Next(3, 9), cIn = random.Next(1, 4), cOut = random.Next(1, 4);
            int k = random.Next(1, 4), s = random.Next(1, 3), p = random.Next(0, 2);
            long count = 0;
            for (int o = 0; o < cOut; o++)
                for (int i = 0; i + k <= h + 2 * p; i += s)
                    for (int j = 0; j + k <= w + 2 * p; j += s)
                        count += (long)k * k * cIn; // one product per kernel weight at this position
            Assert.That(Architecture.StandardConvMultiplications(h, w, cIn, cOut, k, s, p), Is.EqualTo(count));
        }
    }

    [Test]
    public void PoolingHasNoParametersAndMaxPoolNoMultiplications()
    {
        Assert.That(Architecture.LayerMultiplications("maxpool", 8, 8, 4, 4, 2, 2, 0), Is.EqualTo(0));
        Assert.That(Architecture.LayerMultiplications("avgpool", 8, 8, 4, 4, 2, 2, 0), Is.EqualTo(4 * 4 * 4));
        Assert.That(Architecture.PoolingOperations(8, 8, 4, 2, 2, 0), Is.EqualTo(4 * 4 * 4 * 4));
    }

    [Test]
    public void SeparableCostRatioIsTheRatioOfTheMultiplicationCounts()
    {
        // D_F = 14, same padding, stride 1: the MobileNet setting.
        double ratio = (double)Architecture.SeparableConvMultiplications(14, 14, 32, 64, 3, 1, 1)
                       / Architecture.StandardConvMultiplications(14, 14, 32, 64, 3, 1, 1);
        Assert.That(Architecture.SeparableCostRatio(64, 3), Is.EqualTo(ratio).Within(1e-15));
        Assert.That(Architecture.SeparableCostRatio(64, 3), Is.EqualTo(1.0 / 64 + 1.0 / 9).Within(1e-15));
    }

    [Test]
    public void MobileNetCostWithUnitMultipliersIsTheSeparableCount() =>
        Assert.That(Architecture.MobileNetCost(3, 32, 64, 14, 1, 1),
            Is.EqualTo((double)Architecture.SeparableConvMultiplications(14, 14, 32, 64, 3, 1, 1)));

    [Test]
    public void MobileNetMultipliersScaleChannelsAndResolution()
    {
        // α = 0.5, ρ = 0.5 is the layer with 16 → 32 channels on a 7×7 map.
        Assert.That(Architecture.MobileNetCost(3, 32, 64, 14, 0.5, 0.5),
            Is.EqualTo((double)Architecture.SeparableConvMultiplications(7, 7, 16, 32, 3, 1, 1)).Within(1e-6));
    }

    [TestCase("conv", 0, 4, 1, 2, 1, 0)]
    [TestCase("pointwise", 1, 4, 2, 3, 1, 0)]
    [TestCase("depthwise", 1, 4, 1, 3, 1, 0)]
    [TestCase("maxpool", 1, 4, 1, 2, 2, 0)]
    [TestCase("unknown", 1, 4, 1, 2, 1, 0)]
    [TestCase("conv", 1, 1, 1, 5, 1, 0)]
    public void InvalidLayersThrowArgumentException(string kind, int h, int cIn, int cOut, int k, int s, int p) =>
        Assert.Throws<ArgumentException>(() =>
            Architecture.LayerMultiplications(kind, h == 0 ? 0 : 4, 4, cIn, cOut, k, s, p));

    [Test]
    public void NetworkArraysOfDifferentLengthsThrow() =>
        Assert.Throws<ArgumentException>(() =>
            Architecture.NetworkMultiplications(8, 8, 3, ["conv"], [4, 4], [3], [1], [1]));

    [Test]
    public void MultipliersOutsideTheUnitIntervalThrow()
    {
        Assert.Throws<ArgumentException>(() => Architecture.MobileNetCost(3, 32, 64, 14, 0, 1));
        Assert.Throws<ArgumentException>(() => Architecture.MobileNetCost(3, 32, 64, 14, 1, 1.5));
    }
}
