namespace Grader.Reference.Tests;

public class ReceptiveFieldTests
{
    // Seed 001 Q4f: conv 3×3 s2 → pool 2×2 → conv 3×3 s2 → pool 2×2.
    private static readonly int[] Kernels = [3, 2, 3, 2];

    [Test]
    public void WorkedExampleWithStrideTwoPoolsIs21() =>
        Assert.That(ReceptiveField.Size(Kernels, [2, 2, 2, 2]), Is.EqualTo(21));

    [Test]
    public void WorkedExampleWithStrideOnePoolsIs13() =>
        Assert.That(ReceptiveField.Size(Kernels, [2, 1, 2, 1]), Is.EqualTo(13));

    [Test]
    public void PerLayerFieldsOfTheWorkedExample() =>
        Assert.That(ReceptiveField.PerLayer(Kernels, [2, 2, 2, 2], [1, 1, 1, 1]), Is.EqualTo(new[] { 3, 5, 13, 21 }));

    [Test]
    public void JumpsAreTheRunningStrideProduct() =>
        Assert.That(ReceptiveField.Jumps([2, 2, 1, 3]), Is.EqualTo(new[] { 2, 4, 4, 12 }));

    [Test]
    public void EmptyNetworkSeesOnePixel() => Assert.That(ReceptiveField.Size([], []), Is.EqualTo(1));

    [Test]
    public void EffectiveKernelOfADilatedKernel()
    {
        Assert.That(ReceptiveField.EffectiveKernel(3, 1), Is.EqualTo(3));
        Assert.That(ReceptiveField.EffectiveKernel(3, 2), Is.EqualTo(5));
        Assert.That(ReceptiveField.EffectiveKernel(3, 4), Is.EqualTo(9));
    }

    [Test]
    public void StackedDilatedConvolutionsGrowExponentially() =>
        // WaveNet / Yu & Koltun: 3×3 kernels with dilations 1, 2, 4, stride 1 see 15 pixels.
        Assert.That(ReceptiveField.DilatedSize([3, 3, 3], [1, 1, 1], [1, 2, 4]), Is.EqualTo(15));

    [Test]
    public void MatchesTheInputsAnOutputPixelDependsOnInA1DStack()
    {
        // Independent check: propagate the index interval that output 0 of the last layer reads, back to the input.
        var random = new Random(3);
        for (int trial = 0; trial < 100; trial++)
        {
            int layers = random.Next(1, 5);
            var k = Enumerable.Range(0, layers).Select(_ => random.Next(1, 5)).ToArray();
            var s = Enumerable.Range(0, layers).Select(_ => random.Next(1, 4)).ToArray();
            var d = Enumerable.Range(0, layers).Select(_ => random.Next(1, 3)).ToArray();
            long first = 0, last = 0;
            for (int l = layers - 1; l >= 0; l--)
            {
                first = first * s[l];
                last = last * s[l] + (long)d[l] * (k[l] - 1);
            }
            Assert.That(ReceptiveField.DilatedSize(k, s, d), Is.EqualTo(last - first + 1));
        }
    }

    [Test]
    public void InvalidArgumentsThrow()
    {
        Assert.Throws<ArgumentException>(() => ReceptiveField.Size([3, 3], [1]));
        Assert.Throws<ArgumentException>(() => ReceptiveField.Size([3], [0]));
        Assert.Throws<ArgumentException>(() => ReceptiveField.EffectiveKernel(0, 1));
        Assert.Throws<ArgumentException>(() => ReceptiveField.DilatedSize([3], [1], [0]));
    }
}
