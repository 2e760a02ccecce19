using Grader.Reference.Mistakes;

namespace Grader.Reference.Tests.Mistakes;

public class ArchitectureMistakesTests
{
    [Test]
    public void WithoutFloorTheSizeIsFractional()
    {
        Assert.That(ArchitectureMistakes.ConvOutputSizeWithoutFloor(7, 2, 2, 0), Is.EqualTo(3.5));
        Assert.That(Architecture.ConvOutputSize(7, 2, 2, 0), Is.EqualTo(3));
        Assert.That(ArchitectureMistakes.ConvOutputSizeWithoutFloor(512, 4, 2, 1), Is.EqualTo(256),
            "agrees where s divides n − k + 2p");
    }

    [Test]
    public void WithoutPaddingTheWorkedExampleGives255() =>
        Assert.That(ArchitectureMistakes.ConvOutputSizeWithoutPadding(512, 4, 2, 1),
            Is.EqualTo(255).And.Not.EqualTo(Architecture.ConvOutputSize(512, 4, 2, 1)));

    [Test]
    public void ParametersWithoutInputChannels() =>
        Assert.That(ArchitectureMistakes.StandardConvParametersWithoutInputChannels(64, 128, 4, false),
            Is.EqualTo(2048).And.Not.EqualTo(Architecture.StandardConvParameters(64, 128, 4, false)));

    [Test]
    public void DepthwiseCountedAsStandardIsCTimesTooLarge() =>
        Assert.That(ArchitectureMistakes.DepthwiseConvMultiplicationsAsStandard(512, 512, 3, 4, 2, 1),
            Is.EqualTo(3 * 3_145_728L));

    [Test]
    public void InvertedRatio() =>
        Assert.That(ArchitectureMistakes.SeparableCostRatioInverted(64, 3),
            Is.EqualTo(576).And.Not.EqualTo(Architecture.SeparableCostRatio(64, 3)));

    [Test]
    public void MistakesRejectInvalidArgumentsLikeTheCorrectFunctions() =>
        Assert.Throws<ArgumentException>(() => ArchitectureMistakes.ConvOutputSizeWithoutFloor(3, 5, 1, 0));

    [Test]
    public void RoundedUpCountsAWindowThatSticksOut()
    {
        Assert.That(ArchitectureMistakes.ConvOutputSizeRoundedUp(7, 2, 2, 0),
            Is.EqualTo(4).And.Not.EqualTo(Architecture.ConvOutputSize(7, 2, 2, 0)));
        Assert.That(ArchitectureMistakes.ConvOutputSizeRoundedUp(512, 4, 2, 1), Is.EqualTo(256),
            "agrees where s divides n − k + 2p");
    }

    [Test]
    public void NetworkWithDepthwiseAsStandardMultipliesTheDepthwiseLayersByC()
    {
        string[] kinds = ["depthwise", "pointwise"];
        var wrong = ArchitectureMistakes.NetworkMultiplicationsDepthwiseAsStandard(
            512, 512, 3, kinds, [3, 64], [4, 1], [2, 1], [1, 0]);
        Assert.That(wrong, Is.EqualTo(new[] { 3 * 3_145_728L, 12_582_912L }));
    }

    [Test]
    public void Seed001RatiosTurnedRoundAreBelowOne()
    {
        Assert.That(ArchitectureMistakes.MultiplicationRatioInverted(512, 3, [64, 128, 256], 4, 2, 1),
            Is.EqualTo(309_329_920.0 / 4_496_293_888).Within(1e-12));
        Assert.That(ArchitectureMistakes.ParameterRatioInverted(3, [64, 128, 256], 4),
            Is.EqualTo(44_272.0 / 658_432).Within(1e-12));
    }

    [Test]
    public void RatioWithDepthwiseAsStandardIsSmaller() =>
        Assert.That(ArchitectureMistakes.MultiplicationRatioDepthwiseAsStandard(512, 3, [64, 128, 256], 4, 2, 1),
            Is.EqualTo(4_496_293_888.0 / 2_437_939_200).Within(1e-12)
                .And.LessThan(SeparableVsStandard.MultiplicationRatio(512, 3, [64, 128, 256], 4, 2, 1)));

    [Test]
    public void ResolutionNotSquaredDiffersUnlessRhoIsOne()
    {
        Assert.That(ArchitectureMistakes.MobileNetCostResolutionNotSquared(3, 32, 64, 112, 0.5, 0.5),
            Is.EqualTo(2 * Architecture.MobileNetCost(3, 32, 64, 112, 0.5, 0.5)).Within(1e-6));
        Assert.That(ArchitectureMistakes.MobileNetCostResolutionNotSquared(3, 32, 64, 112, 0.5, 1),
            Is.EqualTo(Architecture.MobileNetCost(3, 32, 64, 112, 0.5, 1)));
    }

    [Test]
    public void SeparableAndTotalWithDepthwiseAsStandard()
    {
        Assert.That(ArchitectureMistakes.SeparableConvMultiplicationsDepthwiseAsStandard(512, 512, 3, 64, 4, 2, 1),
            Is.EqualTo(3 * 3_145_728L + 12_582_912L));
        var total = ArchitectureMistakes.TotalMultiplicationsDepthwiseAsStandard(512, 512, 3,
            ["depthwise", "pointwise", "depthwise", "pointwise", "depthwise", "pointwise"],
            [3, 64, 64, 128, 128, 256], [4, 1, 4, 1, 4, 1], [2, 1, 2, 1, 2, 1], [1, 0, 1, 0, 1, 0]);
        Assert.That(total, Is.EqualTo(2_437_939_200L));
    }

    [Test]
    public void NetworkWithDepthwiseAsStandardAlsoCountsTheSeparableDepthwiseHalf()
    {
        var network = ArchitectureMistakes.NetworkMultiplicationsDepthwiseAsStandard(
            32, 32, 3, ["separable"], [16], [3], [1], [1]);
        var layer = ArchitectureMistakes.SeparableConvMultiplicationsDepthwiseAsStandard(32, 32, 3, 16, 3, 1, 1);
        Assert.That(network, Is.EqualTo(new[] { layer }));
    }

    [Test]
    public void AnIntCountWrapsAtSeed001sNetworkB()
    {
        // Layer 2 of network B: 128·128·16·64·128 = 2³¹, one past int.MaxValue; the total 4,496,293,888 wraps to
        // 201,326,592.
        Assert.That(ArchitectureMistakes.StandardConvMultiplicationsInInt(256, 256, 64, 128, 4, 2, 1),
            Is.EqualTo(int.MinValue));
        Assert.That(Architecture.StandardConvMultiplications(256, 256, 64, 128, 4, 2, 1), Is.EqualTo(2_147_483_648L));
        string[] kinds = ["conv", "conv", "conv"];
        int[] widths = [64, 128, 256], fours = [4, 4, 4], twos = [2, 2, 2], ones = [1, 1, 1];
        Assert.That(ArchitectureMistakes.TotalMultiplicationsInInt(512, 512, 3, kinds, widths, fours, twos, ones),
            Is.EqualTo(201_326_592));
        Assert.That(Architecture.TotalMultiplications(512, 512, 3, kinds, widths, fours, twos, ones),
            Is.EqualTo(4_496_293_888L));
        Assert.That(ArchitectureMistakes.NetworkMultiplicationsInInt(512, 512, 3, kinds, widths, fours, twos, ones),
            Is.EqualTo(new[] { 201_326_592L, int.MinValue, int.MinValue }));
    }

    [Test]
    public void LayerCountsInIntWrapModulo2To32()
    {
        // 65537·65536 = 2³² + 2¹⁶ wraps to 2¹⁶; 512·512·128·256 = 2³³ wraps to 0.
        Assert.That(Architecture.PointwiseConvParameters(65537, 65536, false), Is.EqualTo(4_295_032_832L));
        Assert.That(ArchitectureMistakes.PointwiseConvParametersInInt(65537, 65536, false), Is.EqualTo(65_536));
        Assert.That(ArchitectureMistakes.StandardConvParametersInInt(65537, 65536, 1, true), Is.EqualTo(131_072));
        Assert.That(Architecture.PointwiseConvMultiplications(512, 512, 128, 256), Is.EqualTo(1L << 33));
        Assert.That(ArchitectureMistakes.PointwiseConvMultiplicationsInInt(512, 512, 128, 256), Is.Zero);
    }

    [Test]
    public void DepthwiseParametersCountedAsStandard()
    {
        Assert.That(ArchitectureMistakes.DepthwiseConvParametersAsStandard(64, 4, false), Is.EqualTo(64L * 64 * 16));
        Assert.That(Architecture.DepthwiseConvParameters(64, 4, false), Is.EqualTo(64L * 16));
        Assert.That(ArchitectureMistakes.SeparableConvParametersDepthwiseAsStandard(64, 128, 4, false),
            Is.EqualTo(64L * 64 * 16 + 64 * 128));
        // Seed 001's network A: 44,272 parameters; with its depthwise layers as standard convolutions, 3·3·16 +
        // 64·64·16 + 128·128·16 more.
        string[] kinds = ["depthwise", "pointwise", "depthwise", "pointwise", "depthwise", "pointwise"];
        int[] channels = [3, 64, 64, 128, 128, 256], kernels = [4, 1, 4, 1, 4, 1];
        Assert.That(Architecture.TotalParameters(3, kinds, channels, kernels, false), Is.EqualTo(44_272));
        Assert.That(ArchitectureMistakes.TotalParametersDepthwiseAsStandard(3, kinds, channels, kernels, false),
            Is.EqualTo(44_272 + 16L * (3 * 3 - 3 + 64 * 64 - 64 + 128 * 128 - 128)));
    }

    [Test]
    public void KerasSeparableCountsOnlyThePointwiseBiases()
    {
        Assert.That(Architecture.SeparableConvParameters(32, 64, 3, true), Is.EqualTo(9L * 32 + 32 * 64 + 32 + 64));
        Assert.That(ArchitectureMistakes.SeparableConvParametersPointwiseBiasOnly(32, 64, 3, true),
            Is.EqualTo(9L * 32 + 32 * 64 + 64));
        Assert.That(ArchitectureMistakes.SeparableConvParametersPointwiseBiasOnly(32, 64, 3, false),
            Is.EqualTo(Architecture.SeparableConvParameters(32, 64, 3, false)));
    }
}
