using Grader.Reference.Mistakes;

namespace Grader.Reference.Tests.Mistakes;

public class OutputSizeMistakesTests
{
    // n = 10, k = 3, s = 2, p = 2: the answer is ⌊11/2⌋ + 1 = 6; the four wrong formulas give 4, 5, 5 and 7.
    static readonly TestCaseData[] SizesOfTheWorkedExample =
    [
        Size("answer", Architecture.ConvOutputSize, 6),
        Size("without padding", ArchitectureMistakes.ConvOutputSizeWithoutPadding, 4),
        Size("padding once", SizePaddingOnce.ConvOutputSize, 5),
        Size("off by one", SizeOffByOne.ConvOutputSize, 5),
        Size("rounded up", ArchitectureMistakes.ConvOutputSizeRoundedUp, 7),
    ];

    static TestCaseData Size(string name, Func<int, int, int, int, int> formula, int expected) =>
        new TestCaseData(formula, expected).SetArgDisplayNames(name);

    [TestCaseSource(nameof(SizesOfTheWorkedExample))]
    public void EachWrongSizeFormulaGivesItsOwnSize(Func<int, int, int, int, int> formula, int expected) =>
        Assert.That(formula(10, 3, 2, 2), Is.EqualTo(expected));

    [Test]
    public void AWrongSizeIsCarriedIntoTheCounts()
    {
        // 10×10 input, k 3, s 2, p 2: 6×6 outputs; padded once, 5×5.
        Assert.That(Architecture.StandardConvMultiplications(10, 10, 3, 8, 3, 2, 2), Is.EqualTo(36L * 9 * 3 * 8));
        Assert.That(SizePaddingOnce.StandardConvMultiplications(10, 10, 3, 8, 3, 2, 2), Is.EqualTo(25L * 9 * 3 * 8));
        Assert.That(SizeOffByOne.DepthwiseConvMultiplications(10, 10, 3, 3, 2, 2), Is.EqualTo(25L * 9 * 3));
        Assert.That(SizeWithoutPadding.SeparableConvMultiplications(10, 10, 3, 8, 3, 2, 2),
            Is.EqualTo(16L * (9 * 3 + 3 * 8)));
        Assert.That(SizeRoundedUp.PoolingOperations(10, 10, 3, 3, 2, 2), Is.EqualTo(49L * 9 * 3));
    }

    [Test]
    public void AWrongSizeIsCarriedThroughTheNetwork()
    {
        string[] kinds = ["conv", "maxpool"];
        int[] channels = [8, 8], kernels = [3, 2], strides = [2, 2], paddings = [2, 0];
        Assert.That(Architecture.NetworkOutputShapes(10, 10, 3, kinds, channels, kernels, strides, paddings),
            Is.EqualTo(new[,] { { 6, 6, 8 }, { 3, 3, 8 } }));
        Assert.That(SizePaddingOnce.NetworkOutputShapes(10, 10, 3, kinds, channels, kernels, strides, paddings),
            Is.EqualTo(new[,] { { 5, 5, 8 }, { 2, 2, 8 } }));
        var perLayer = SizeOffByOne.NetworkMultiplications(10, 10, 3, kinds, channels, kernels, strides, paddings);
        Assert.That(perLayer, Is.EqualTo(new[] { 25L * 9 * 3 * 8, 0 }));
        Assert.That(SizeOffByOne.TotalMultiplications(10, 10, 3, kinds, channels, kernels, strides, paddings),
            Is.EqualTo(perLayer.Sum()));
    }

    [Test]
    public void ASizeThatGoesNegativeDownTheNetworkDoesNotThrow()
    {
        // 1×1 input, 3×3 kernel, padding 1: the answer keeps 1×1;
        // without the padding the size is ⌊−2/1⌋ + 1 = −1.
        var shapes = SizeWithoutPadding.NetworkOutputShapes(1, 1, 1, ["conv", "conv"], [1, 1], [3, 3], [1, 1], [1, 1]);
        Assert.That(shapes[1, 0], Is.EqualTo(-3));
    }

    [Test]
    public void TheTrainedCnnsCountsFollowAnOffByOneSide()
    {
        // 28 → 21 → 16 instead of 28 → 22 → 18: flatten 8·16² = 2,048,
        // dense 20,490 parameters instead of 25,930.
        Assert.That(SizeOffByOne.OutputSizes(28, 8, 7, 5), Is.EqualTo(new[] { 21, 16, 2048 }));
        Assert.That(SizeOffByOne.LayerParameters(28, 8, 7, 5, 10)[2], Is.EqualTo(20_490));
        Assert.That(SmallCnn.LayerParameters(28, 8, 7, 5, 10)[2], Is.EqualTo(25_930));
        Assert.That(SizeOffByOne.TotalParameters(28, 8, 7, 5, 10, true),
            Is.EqualTo(400 + 1608 + 20_490 + 8 * (21 * 21 + 16 * 16)));
    }
}
