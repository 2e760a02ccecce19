using Grader.Reference.Mistakes;

namespace Grader.Reference.Tests.Mistakes;

public class LossesMistakesTests
{
    private static readonly double[] Output = [0, -1.5, 2], Target = [1, 0.5, 2];

    [Test]
    public void MeanSquaredErrorGradientVariantsDifferFromTheCorrectOne()
    {
        var correct = Losses.MeanSquaredErrorGradient(Output, Target); // (2/3)(o − t)
        Assert.That(LossesMistakes.MeanSquaredErrorGradientWithoutTwoOverN(Output, Target),
            Is.EqualTo(new[] { -1, -2.0, 0 }));
        Assert.That(LossesMistakes.MeanSquaredErrorGradientWithoutOneOverN(Output, Target),
            Is.EqualTo(new[] { -2, -4.0, 0 }));
        Assert.That(LossesMistakes.MeanSquaredErrorGradientWithoutTwo(Output, Target),
            Is.EqualTo(new[] { -1 / 3.0, -2 / 3.0, 0 }).Within(1e-15));
        Assert.That(LossesMistakes.MeanSquaredErrorGradientWrongSign(Output, Target),
            Is.EqualTo(correct.Select(g => -g)).Within(1e-15));
        Assert.That(LossesMistakes.MeanSquaredErrorGradientWithoutTwoOverN(Output, Target), Is.Not.EqualTo(correct));
    }

    [Test]
    public void WithoutTwoOverNIsIndistinguishableForTwoOutputsAsInSeed003() =>
        Assert.That(LossesMistakes.MeanSquaredErrorGradientWithoutTwoOverN([0, -1.5], [1, 0.5]),
            Is.EqualTo(Losses.MeanSquaredErrorGradient([0, -1.5], [1, 0.5])));

    [Test]
    public void Log10CrossEntropyAtOneHalf() =>
        Assert.That(LossesMistakes.BinaryCrossEntropyLog10([0.5], [1]), Is.EqualTo(Math.Log10(2)).Within(1e-15));

    [Test]
    public void SoftmaxLeftOut() =>
        Assert.That(LossesMistakes.SoftmaxCrossEntropyGradientWithoutSoftmax([1, 2], [0, 1]),
            Is.EqualTo(new[] { 1.0, 1 }));

    [Test]
    public void QuadraticDeltaWithoutSigmoidDerivativeDoesNotSlowDown() =>
        Assert.That(LossesMistakes.QuadraticCostDeltaWithoutSigmoidDerivative(6, 0),
            Is.GreaterThan(100 * Losses.QuadraticCostDelta(6, 0)));

    [Test]
    public void MistakesRejectMismatchedLengths() =>
        Assert.Throws<ArgumentException>(() => LossesMistakes.MeanSquaredErrorGradientWrongSign([1, 2], [1]));

    [Test]
    public void BinaryCrossEntropyGradientWithRespectToLogitDropsTheSigmoidDerivative()
    {
        double[] a = [0.8, 0.25, 0.5], y = [1, 0, 0];
        var right = Losses.BinaryCrossEntropyGradient(a, y);
        var wrong = LossesMistakes.BinaryCrossEntropyGradientWithRespectToLogit(a, y);
        for (int i = 0; i < a.Length; i++)
            Assert.That(wrong[i] / (a[i] * (1 - a[i])), Is.EqualTo(right[i]).Within(1e-12));
        Assert.That(wrong, Is.Not.EqualTo(right).Within(1e-6));
    }

    [Test]
    public void ClippedBceIsFiniteWhereTheAnswerIsInfinite()
    {
        Assert.That(Losses.BinaryCrossEntropy([0], [1]), Is.EqualTo(double.PositiveInfinity));
        Assert.That(LossesMistakes.BinaryCrossEntropyClipped([0], [1]), Is.EqualTo(-Math.Log(1e-7)).Within(1e-9));
        Assert.That(LossesMistakes.BinaryCrossEntropyClipped([0.3], [1]),
            Is.EqualTo(Losses.BinaryCrossEntropy([0.3], [1])));
    }

    [Test]
    public void BceWithoutZeroLogZeroIsNaNExactlyWhereASampleIsCertainlyRight()
    {
        Assert.That(LossesMistakes.BinaryCrossEntropyWithoutZeroLogZero([1, 0.3], [1, 0]), Is.NaN);
        Assert.That(LossesMistakes.BinaryCrossEntropyWithoutZeroLogZero([0.6, 0], [1, 0]), Is.NaN);
        Assert.That(Losses.BinaryCrossEntropy([1, 0, 1], [1, 0, 1]), Is.Zero);
        Assert.That(LossesMistakes.BinaryCrossEntropyWithoutZeroLogZero([0, 1], [1, 0]),
            Is.EqualTo(double.PositiveInfinity)); // certainly wrong: +∞ either way
        Assert.That(LossesMistakes.BinaryCrossEntropyWithoutZeroLogZero([0.9, 0.2, 0.6], [1, 0, 1]),
            Is.EqualTo(Losses.BinaryCrossEntropy([0.9, 0.2, 0.6], [1, 0, 1])).Within(1e-15));
    }

    [Test]
    public void SoftmaxWithoutMaxShiftIsNaNForLargeLogitsAndRightForSmallOnes()
    {
        Assert.That(LossesMistakes.SoftmaxWithoutMaxShift([1000, 1001, 1002]), Has.Some.NaN);
        Assert.That(Losses.Softmax([1000, 1001, 1002]), Has.None.NaN);
        Assert.That(LossesMistakes.SoftmaxWithoutMaxShift([1, 2, 3]),
            Is.EqualTo(Losses.Softmax([1, 2, 3])).Within(1e-15));
        Assert.That(LossesMistakes.SoftmaxCrossEntropyWithoutMaxShift([1000, 1001, 1002], [0, 0, 1]), Is.NaN);
        Assert.That(LossesMistakes.SoftmaxCrossEntropyGradientWithoutMaxShift([1000, 1001, 1002], [0, 0, 1]),
            Has.Some.NaN);
        Assert.That(LossesMistakes.SoftmaxCrossEntropyWithoutMaxShift([1, 2, 3], [0.2, 0.3, 0.5]),
            Is.EqualTo(Losses.SoftmaxCrossEntropy([1, 2, 3], [0.2, 0.3, 0.5])).Within(1e-12));
    }

    [Test]
    public void OneHotAssumedIsRightOnlyForOneHotTargets()
    {
        Assert.That(LossesMistakes.SoftmaxCrossEntropyOneHotAssumed([1, 2, 3], [0, 1, 0]),
            Is.EqualTo(Losses.SoftmaxCrossEntropy([1, 2, 3], [0, 1, 0])));
        Assert.That(LossesMistakes.SoftmaxCrossEntropyOneHotAssumed([1, 2, 3], [0.2, 0.3, 0.5]),
            Is.Not.EqualTo(Losses.SoftmaxCrossEntropy([1, 2, 3], [0.2, 0.3, 0.5])).Within(1e-3));
        Assert.That(LossesMistakes.SoftmaxCrossEntropyGradientOneHotAssumed([1, 2, 3], [0.2, 0.3, 0.5]),
            Is.EqualTo(Losses.SoftmaxCrossEntropyGradient([1, 2, 3], [0, 0, 1])));
        Assert.That(LossesMistakes.SoftmaxCrossEntropyGradientOneHotAssumed([1, 2, 3], [0.2, 0.3, 0.5]),
            Is.Not.EqualTo(Losses.SoftmaxCrossEntropyGradient([1, 2, 3], [0.2, 0.3, 0.5])).Within(1e-3));
    }

    [Test]
    public void BceGradientWithoutMeanIsNTimesTooLarge()
    {
        double[] a = [0.8, 0.25, 0.5], y = [1, 0, 0];
        Assert.That(LossesMistakes.BinaryCrossEntropyGradientWithoutMean(a, y),
            Is.EqualTo(Losses.BinaryCrossEntropyGradient(a, y).Select(g => 3 * g)).Within(1e-12));
        Assert.That(LossesMistakes.BinaryCrossEntropyGradientWithoutMean([0.5], [0]),
            Is.EqualTo(Losses.BinaryCrossEntropyGradient([0.5], [0])));
    }
}
