namespace Grader.Reference.Tests;

public class SeparableVsStandardTests
{
    private static readonly int[] SeedWidths = [64, 128, 256];

    [Test]
    public void Seed001MultiplicationRatio() =>
        Assert.That(SeparableVsStandard.MultiplicationRatio(512, 3, SeedWidths, 4, 2, 1),
            Is.EqualTo(4_496_293_888.0 / 309_329_920).Within(1e-12));

    [Test]
    public void Seed001ParameterRatio() =>
        Assert.That(SeparableVsStandard.ParameterRatio(3, SeedWidths, 4), Is.EqualTo(658_432.0 / 44_272).Within(1e-12));

    [Test]
    public void NetworkAIsTheSeedsLayerList()
    {
        var a = SeparableVsStandard.NetworkA(3, SeedWidths, 4, 2, 1);
        Assert.That(a.Kinds,
            Is.EqualTo(new[] { "depthwise", "pointwise", "depthwise", "pointwise", "depthwise", "pointwise" }));
        Assert.That(a.OutChannels, Is.EqualTo(new[] { 3, 64, 64, 128, 128, 256 }));
        Assert.That(a.Strides, Is.EqualTo(new[] { 2, 1, 2, 1, 2, 1 }));
    }

    [Test]
    public void EmptyNetworksAreRejected() =>
        Assert.Throws<ArgumentException>(() => SeparableVsStandard.MultiplicationRatio(8, 3, [], 3, 1, 1));
}
