using Grader.Reference.Mistakes;

namespace Grader.Reference.Tests.Mistakes;

public class DropoutMistakesTests
{
    static readonly double[,] X = { { 1, -2 }, { 3, 0.5 }, { -1, 2 } };
    static readonly double[] Y = [1, -2, 0.5];
    static readonly double[] W = [0.4, -1.2];

    [Test]
    public void WithoutRescaleKeepsTheRawValues()
    {
        var mask = new[,] { { true, false }, { false, true }, { true, true } };
        Assert.That(DropoutMistakes.ForwardWithoutRescale(X, mask, 0.5),
            Is.EqualTo(new double[,] { { 1, 0 }, { 0, 0.5 }, { -1, 2 } }).Within(1e-12));
        Assert.That(DropoutMistakes.BackwardWithoutRescale(X, mask, 0.5),
            Is.EqualTo(new double[,] { { 1, 0 }, { 0, 0.5 }, { -1, 2 } }).Within(1e-12));
    }

    [Test]
    public void GramWithoutCorrectionMissesExactlyTheDiagonalTerm()
    {
        const double p = 0.6;
        var wrong = DropoutMistakes.GramWithoutDiagonalCorrection(X, p);
        var right = Dropout.ExpectedDroppedGram(X, p);
        Assert.That(wrong[0, 1], Is.EqualTo(right[0, 1]).Within(1e-12));
        Assert.That(right[0, 0] - wrong[0, 0], Is.EqualTo(p * (1 - p) * (1 + 9 + 1)).Within(1e-12));
    }

    [Test]
    public void PenaltyMistakesBracketTheCorrectExpectedLoss()
    {
        const double p = 0.5;
        double right = Dropout.ExpectedDroppedSquaredError(X, Y, W, p);
        double none = DropoutMistakes.SquaredErrorWithoutPenalty(X, Y, W, p);
        double flipped = DropoutMistakes.SquaredErrorWithPenaltySignFlipped(X, Y, W, p);
        double penalty = p * (1 - p) * (11 * 0.16 + 8.25 * 1.44); // diag(XᵀX) = (11, 8.25)
        Assert.That(right - none, Is.EqualTo(penalty).Within(1e-12));
        Assert.That(none - flipped, Is.EqualTo(penalty).Within(1e-12));
    }

    [Test]
    public void PenaltyEverywhereIsPTimesTheGram()
    {
        double[,] x = { { 1, -2 }, { 3, 0.5 } };
        var wrong = DropoutMistakes.GramWithPenaltyEverywhere(x, 0.6);
        var right = Dropout.ExpectedDroppedGram(x, 0.6);
        Assert.That(wrong[0, 0], Is.EqualTo(right[0, 0]).Within(1e-12)); // the diagonal is right
        Assert.That(wrong[0, 1], Is.EqualTo(0.6 * (1 * -2 + 3 * 0.5)).Within(1e-12));
        Assert.That(wrong[0, 1], Is.Not.EqualTo(right[0, 1]).Within(1e-3));
    }
}
