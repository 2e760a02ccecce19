using Grader.Reference.Mistakes;
using static Grader.Reference.Tests.CenterLossTests; // X, Labels, Centers: the hand-computed batch

namespace Grader.Reference.Tests.Mistakes;

public class CenterLossMistakesTests
{
    [Test]
    public void SignFlippedGradientIsMinusTheCorrectOne()
    {
        Assert.That(CenterLossMistakes.GradientSignFlipped(X, Labels, Centers),
            Is.EqualTo(new double[,] { { 0, -1 }, { -2, 1 }, { 1, -1 } }));
    }

    [Test]
    public void EpsilonDenominatorGivesTheClassMeanDifference()
    {
        // class 0: ((0, −1) + (−2, 1)) / 2; class 1 absent: 0; class 2: (1, −1) / 1
        Assert.That(CenterLossMistakes.DeltaWithEpsilonDenominator(X, Labels, Centers),
            Is.EqualTo(new double[,] { { -1, 0 }, { 0, 0 }, { 1, -1 } }).Within(1e-12));
    }

    [Test]
    public void UpdateWithoutAlphaIsTheUpdateWithAlphaOne()
    {
        var wrong = CenterLossMistakes.UpdateWithoutAlpha(X, Labels, Centers, 0.5);
        Assert.That(wrong, Is.EqualTo(CenterLoss.CenterUpdate(X, Labels, Centers, 1)));
        Assert.That(wrong, Is.Not.EqualTo(CenterLoss.CenterUpdate(X, Labels, Centers, 0.5)).Within(1e-3));
    }

    [Test]
    public void ValueWithoutHalfIsTwiceTheLoss()
    {
        var x = new double[,] { { 1, 2 }, { 3, 4 } };
        var centers = new double[,] { { 0, 0 }, { 3, 3 } };
        Assert.That(CenterLoss.CenterLossValue(x, [0, 1], centers), Is.EqualTo(3).Within(1e-12));
        Assert.That(CenterLossMistakes.ValueWithoutHalf(x, [0, 1], centers), Is.EqualTo(6).Within(1e-12));
    }

    [Test]
    public void UpdateWithEpsilonDenominatorMovesPresentClassesFurther()
    {
        var x = new double[,] { { 2, 0 } };
        var centers = new double[,] { { 0, 0 }, { 1, 1 } };
        // one sample of class 0: Δc_0 = (c_0 − x)/2 = (−1, 0) correct, (−2, 0) with ε; class 1 absent stays put
        Assert.That(CenterLoss.CenterUpdate(x, [0], centers, 0.5),
            Is.EqualTo(new double[,] { { 0.5, 0 }, { 1, 1 } }).Within(1e-12));
        Assert.That(CenterLossMistakes.UpdateWithEpsilonDenominator(x, [0], centers, 0.5),
            Is.EqualTo(new double[,] { { 1, 0 }, { 1, 1 } }).Within(1e-12));
    }
}
