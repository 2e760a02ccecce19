using Grader.Values;

namespace Grader.Tests.Values;

/// <summary>A copy of a case's arguments shares nothing a student's code could change.</summary>
public class ValueCopyTests
{
    [Test]
    public void ArraysOfEveryRankAreCopied()
    {
        var original = new double[2, 2, 2];
        original[1, 1, 1] = 3;
        var copy = (double[,,])ValueCopy.Of(original)!;
        copy[1, 1, 1] = 9;
        Assert.That(original[1, 1, 1], Is.EqualTo(3));
        Assert.That(copy, Is.Not.SameAs(original));
    }

    [Test]
    public void JaggedArraysAreCopiedAllTheWayDown()
    {
        var original = new[] { new[] { 1.0, 2.0 }, new[] { 3.0 } };
        var copy = (double[][])ValueCopy.Of(original)!;
        copy[0][1] = 9;
        Assert.That(original[0][1], Is.EqualTo(2));
    }

    [Test]
    public void TuplesOfEightOrMoreItemsAreCopied()
    {
        object original = (1, 2, 3, 4, 5, 6, 7, new[] { 8 });
        var copy = ((int, int, int, int, int, int, int, int[]))ValueCopy.Of(original)!;
        copy.Item8[0] = 9;
        Assert.That((((int, int, int, int, int, int, int, int[]))original).Item8[0], Is.EqualTo(8));
        Assert.That(copy.Item7, Is.EqualTo(7));
    }

    [Test]
    public void TuplesHoldingArraysAreCopied()
    {
        object original = (new[] { 1.0 }, 2, "s");
        var copy = ((double[], int, string))ValueCopy.Of(original)!;
        copy.Item1[0] = 9;
        Assert.That((((double[], int, string))original).Item1[0], Is.EqualTo(1));
        Assert.That(copy.Item2, Is.EqualTo(2));
    }
}
