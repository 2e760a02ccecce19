using Grader.Cnn.Model;

namespace Grader.Cnn.Tests.Model;

public class RngTests
{
    [Test]
    public void SplitMix64_gives_its_published_first_output_for_seed_zero() =>
        Assert.That(new Rng(0).NextUInt64(), Is.EqualTo(0xE220A8397B1DCDAFUL));

    [Test]
    public void Shuffle_is_a_seeded_permutation()
    {
        var a = Enumerable.Range(0, 100).ToArray();
        var b = Enumerable.Range(0, 100).ToArray();
        new Rng(3).Shuffle(a);
        new Rng(3).Shuffle(b);
        Assert.That(a, Is.EqualTo(b).And.Not.EqualTo(Enumerable.Range(0, 100)));
        Assert.That(a.Order(), Is.EqualTo(Enumerable.Range(0, 100)));
    }
}
