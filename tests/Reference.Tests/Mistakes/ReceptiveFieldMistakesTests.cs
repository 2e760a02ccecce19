using Grader.Reference.Mistakes;

namespace Grader.Reference.Tests.Mistakes;

public class ReceptiveFieldMistakesTests
{
    private static readonly int[] Kernels = [3, 2, 3, 2], Strides = [2, 2, 2, 2];

    [Test]
    public void PoolingStrideIgnoredGivesSeed001s13() =>
        Assert.That(ReceptiveFieldMistakes.SizeWithPoolingStrideIgnored(Kernels, Strides), Is.EqualTo(13).And.Not.EqualTo(ReceptiveField.Size(Kernels, Strides)));

    [Test]
    public void OwnStrideIncludedGives41() =>
        Assert.That(ReceptiveFieldMistakes.SizeWithOwnStride(Kernels, Strides), Is.EqualTo(1 + 2 * 2 + 1 * 4 + 2 * 8 + 1 * 16));

    [Test]
    public void StridesIgnoredGives7() =>
        Assert.That(ReceptiveFieldMistakes.SizeWithoutStrides(Kernels, Strides), Is.EqualTo(7));

    [Test]
    public void MistakesAgreeWithTheCorrectAnswerWhenEveryStrideIsOne()
    {
        int[] ones = [1, 1, 1, 1];
        int correct = ReceptiveField.Size(Kernels, ones);
        Assert.That(new[] { ReceptiveFieldMistakes.SizeWithPoolingStrideIgnored(Kernels, ones), ReceptiveFieldMistakes.SizeWithOwnStride(Kernels, ones), ReceptiveFieldMistakes.SizeWithoutStrides(Kernels, ones) },
            Has.All.EqualTo(correct));
    }
}
