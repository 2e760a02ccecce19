using Grader.Reference.Mistakes;

namespace Grader.Reference.Tests.Mistakes;

public class ReceptiveFieldMistakesTests
{
    private static readonly int[] Kernels = [3, 2, 3, 2], Strides = [2, 2, 2, 2];

    [Test]
    public void PoolingStrideIgnoredGivesSeed001s13() =>
        Assert.That(ReceptiveFieldMistakes.SizeWithPoolingStrideIgnored(Kernels, Strides),
            Is.EqualTo(13).And.Not.EqualTo(ReceptiveField.Size(Kernels, Strides)));

    [Test]
    public void OwnStrideIncludedGives41() =>
        Assert.That(ReceptiveFieldMistakes.SizeWithOwnStride(Kernels, Strides),
            Is.EqualTo(1 + 2 * 2 + 1 * 4 + 2 * 8 + 1 * 16));

    [Test]
    public void StridesIgnoredGives7() =>
        Assert.That(ReceptiveFieldMistakes.SizeWithoutStrides(Kernels, Strides), Is.EqualTo(7));

    [Test]
    public void MistakesAgreeWithTheCorrectAnswerWhenEveryStrideIsOne()
    {
        int[] ones = [1, 1, 1, 1];
        int correct = ReceptiveField.Size(Kernels, ones);
        int[] wrongSizes =
        [
            ReceptiveFieldMistakes.SizeWithPoolingStrideIgnored(Kernels, ones),
            ReceptiveFieldMistakes.SizeWithOwnStride(Kernels, ones),
            ReceptiveFieldMistakes.SizeWithoutStrides(Kernels, ones),
        ];
        Assert.That(wrongSizes, Has.All.EqualTo(correct));
    }

    [Test]
    public void PerLayerWithPoolingStrideIgnoredGivesSeed001sSteps()
    {
        Assert.That(ReceptiveFieldMistakes.PerLayerWithPoolingStrideIgnored(Kernels, Strides, [1, 1, 1, 1]),
            Is.EqualTo(new[] { 3, 5, 9, 13 }));
        Assert.That(ReceptiveField.PerLayer(Kernels, Strides, [1, 1, 1, 1]), Is.EqualTo(new[] { 3, 5, 13, 21 }));
    }

    [Test]
    public void KernelTimesDilationOvercountsByDMinusOne()
    {
        Assert.That(ReceptiveFieldMistakes.PerLayerWithKernelTimesDilation([3], [1], [2]), Is.EqualTo(new[] { 6 }));
        Assert.That(ReceptiveField.PerLayer([3], [1], [2]), Is.EqualTo(new[] { 5 }));
    }
}
