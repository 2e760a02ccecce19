using Grader.Reference.Mistakes;

namespace Grader.Reference.Tests.Mistakes;

public class ArchitectureMistakesTests
{
    [Test]
    public void WithoutFloorTheSizeIsFractional()
    {
        Assert.That(ArchitectureMistakes.ConvOutputSizeWithoutFloor(7, 2, 2, 0), Is.EqualTo(3.5));
        Assert.That(Architecture.ConvOutputSize(7, 2, 2, 0), Is.EqualTo(3));
        Assert.That(ArchitectureMistakes.ConvOutputSizeWithoutFloor(512, 4, 2, 1), Is.EqualTo(256), "agrees where s divides n − k + 2p");
    }

    [Test]
    public void WithoutPaddingTheWorkedExampleGives255() =>
        Assert.That(ArchitectureMistakes.ConvOutputSizeWithoutPadding(512, 4, 2, 1), Is.EqualTo(255).And.Not.EqualTo(Architecture.ConvOutputSize(512, 4, 2, 1)));

    [Test]
    public void ParametersWithoutInputChannels() =>
        Assert.That(ArchitectureMistakes.StandardConvParametersWithoutInputChannels(64, 128, 4, false), Is.EqualTo(2048).And.Not.EqualTo(Architecture.StandardConvParameters(64, 128, 4, false)));

    [Test]
    public void DepthwiseCountedAsStandardIsCTimesTooLarge() =>
        Assert.That(ArchitectureMistakes.DepthwiseConvMultiplicationsAsStandard(512, 512, 3, 4, 2, 1), Is.EqualTo(3 * 3_145_728L));

    [Test]
    public void InvertedRatio() =>
        Assert.That(ArchitectureMistakes.SeparableCostRatioInverted(64, 3), Is.EqualTo(576).And.Not.EqualTo(Architecture.SeparableCostRatio(64, 3)));

    [Test]
    public void MistakesRejectInvalidArgumentsLikeTheCorrectFunctions() =>
        Assert.Throws<ArgumentException>(() => ArchitectureMistakes.ConvOutputSizeWithoutFloor(3, 5, 1, 0));
}
