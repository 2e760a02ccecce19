using Grader.Reference.Mistakes;

namespace Grader.Reference.Tests.Mistakes;

public class PoolingMistakesTests
{
    // One 2×2 window holding its maximum 5 three times; dy = 1.
    static readonly double[,,] Tied = { { { 5, 1 }, { 5, 5 } } };
    static readonly double[,,] One = { { { 1 } } };

    [Test]
    public void TheAnswerSendsTheGradientToTheFirstMaximumOnly() =>
        Assert.That(Pooling.MaxPoolBackward(Tied, One, 2, 2), Is.EqualTo(new double[,,] { { { 1, 0 }, { 0, 0 } } }));

    [Test]
    public void EveryTieGetsTheGradient() =>
        Assert.That(PoolingMistakes.MaxPoolBackwardToEveryTie(Tied, One, 2, 2),
            Is.EqualTo(new double[,,] { { { 1, 0 }, { 1, 1 } } }));

    [Test]
    public void TheLastMaximumGetsTheGradient() =>
        Assert.That(PoolingMistakes.MaxPoolBackwardToLastMaximum(Tied, One, 2, 2),
            Is.EqualTo(new double[,,] { { { 0, 0 }, { 0, 1 } } }));

    [Test]
    public void WithoutTiesBothMaxPoolMistakesAreRight()
    {
        double[,,] x = { { { 1, 3, 2 }, { 5, 6, 1 }, { 7, 2, 9 } } }, dy = { { { 1, 2 }, { 3, 4 } } };
        var correct = Pooling.MaxPoolBackward(x, dy, 2, 1);
        Assert.That(PoolingMistakes.MaxPoolBackwardToEveryTie(x, dy, 2, 1), Is.EqualTo(correct));
        Assert.That(PoolingMistakes.MaxPoolBackwardToLastMaximum(x, dy, 2, 1), Is.EqualTo(correct));
    }

    [Test]
    public void AveragePoolWithoutScaleIsSizeSquaredTimesTooBig()
    {
        double[,,] x = new double[1, 4, 4], dy = { { { 1, 2 }, { 3, 4 } } };
        var correct = Pooling.AvgPoolBackward(x, dy, 2, 2);
        var unscaled = PoolingMistakes.AvgPoolBackwardWithoutScale(x, dy, 2, 2);
        Assert.That(unscaled[0, 3, 3], Is.EqualTo(4).And.EqualTo(4 * correct[0, 3, 3]));
    }

    // Two 2×2 windows at stride 1 sharing the middle column, whose 9 is both windows' maximum.
    static readonly double[,,] Overlapping = { { { 1, 9, 2 }, { 3, 4, 5 } } };
    static readonly double[,,] TwoWindows = { { { 1, 2 } } };

    [Test]
    public void OverwritingMaxPoolKeepsOnlyTheLastWindowsGradient()
    {
        Assert.That(Pooling.MaxPoolBackward(Overlapping, TwoWindows, 2, 1)[0, 0, 1], Is.EqualTo(3));
        Assert.That(PoolingMistakes.MaxPoolBackwardOverwritingOverlaps(Overlapping, TwoWindows, 2, 1)[0, 0, 1],
            Is.EqualTo(2));
    }

    [Test]
    public void OverwritingAveragePoolKeepsOnlyTheLastWindowsShare()
    {
        Assert.That(Pooling.AvgPoolBackward(Overlapping, TwoWindows, 2, 1)[0, 1, 1], Is.EqualTo(0.75));
        Assert.That(PoolingMistakes.AvgPoolBackwardOverwritingOverlaps(Overlapping, TwoWindows, 2, 1)[0, 1, 1],
            Is.EqualTo(0.5));
    }

    [Test]
    public void WithoutOverlapsTheOverwritingMistakesAreRight()
    {
        double[,,] x = { { { 1, 3, 2, 4 }, { 5, 6, 1, 0 } } }, dy = { { { 1, 2 } } };
        Assert.That(PoolingMistakes.MaxPoolBackwardOverwritingOverlaps(x, dy, 2, 2),
            Is.EqualTo(Pooling.MaxPoolBackward(x, dy, 2, 2)));
        Assert.That(PoolingMistakes.AvgPoolBackwardOverwritingOverlaps(x, dy, 2, 2),
            Is.EqualTo(Pooling.AvgPoolBackward(x, dy, 2, 2)));
    }
}
