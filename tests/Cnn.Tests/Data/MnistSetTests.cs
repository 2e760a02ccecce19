using Grader.Cnn.Data;

namespace Grader.Cnn.Tests.Data;

public class MnistSetTests
{
    static readonly MnistSet Set = new(Enumerable.Range(0, 2 * 784).Select(i => (byte)(i % 256)).ToArray(), [7, 2]);

    [Test]
    public void Inverted_copies_double_the_set_and_keep_the_labels()
    {
        Assert.That((Set.OriginalCount, Set.Count), Is.EqualTo((2, 4)));
        Assert.That(Enumerable.Range(0, 4).Select(Set.Label), Is.EqualTo(new[] { 7, 2, 7, 2 }));
    }

    [Test]
    public void Pixels_scale_to_the_unit_interval_and_inverted_is_one_minus_x()
    {
        var (original, inverted) = (new float[784], new float[784]);
        Set.CopyImage(1, original);
        Set.CopyImage(3, inverted);
        Assert.That(original[0], Is.EqualTo(784 % 256 / 255f));
        Assert.That(original.Zip(inverted, (x, y) => x + y), Is.All.EqualTo(1f).Within(1e-6));
    }

    [Test]
    public void Pixels_and_labels_must_agree() =>
        Assert.That(() => new MnistSet(new byte[700], [1]), Throws.ArgumentException);
}
