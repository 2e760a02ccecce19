using Grader.Reference.Mistakes;
using static Grader.Reference.Tests.RnnTests; // Wx, Wh, B: the by-hand network

namespace Grader.Reference.Tests.Mistakes;

public class RnnMistakesTests
{
    [Test]
    public void SoftmaxWithoutShiftAgreesOnSmallLogitsAndFailsOnLargeOnes()
    {
        Assert.That(LossesMistakes.SoftmaxWithoutMaxShift([1, 2, 3]),
            Is.EqualTo(Losses.Softmax([1, 2, 3])).Within(1e-15));
        Assert.That(LossesMistakes.SoftmaxWithoutMaxShift([1000, 0]).Any(double.IsNaN), Is.True);
    }

    public delegate double[] Step(double[,] wx, double[,] wh, double[] b, double[] x, double[] hPrevious);

    // The step of RnnTests.StepByHand (x = 2, h = (0.2, −0.4)) taken the wrong way, worked by hand.
    static readonly TestCaseData[] WrongStepsByHand =
    [
        // a_1 = 2 + 0.5·0.2 + 0·(−0.4) + 0.1 = 2.2;  a_2 = −2 + 1·0.2 + 0.5·(−0.4) = −2
        new TestCaseData(
                (Step)RnnMistakes.RnnStepWithTransposedRecurrentWeights, new[] { Math.Tanh(2.2), Math.Tanh(-2) })
            .SetArgDisplayNames("transposed recurrent weights"),
        // tanh(a − b) + b: the correct pre-activations 1.8 and −2.2 less the bias (0.1, 0), which is added after
        new TestCaseData((Step)RnnMistakes.RnnStepWithBiasOutsideTanh, new[] { Math.Tanh(1.7) + 0.1, Math.Tanh(-2.2) })
            .SetArgDisplayNames("bias outside tanh"),
    ];

    [TestCaseSource(nameof(WrongStepsByHand))]
    public void WrongStepByHand(Step step, double[] expected) =>
        Assert.That(step(Wx, Wh, B, [2], [0.2, -0.4]), Is.EqualTo(expected).Within(1e-15));

    [Test]
    public void AveragingStepsDiffersFromClassifyingTheLastState()
    {
        var xs = new double[,] { { 2 }, { -1 }, { 0.5 } };
        var wy = new double[,] { { 1, 0 }, { 0, 1 } };
        var averaged = RnnMistakes.RnnClassifyByAveragingSteps(Wx, Wh, B, wy, [0, 0], xs, [0, 0]);
        Assert.That(averaged.Sum(), Is.EqualTo(1).Within(1e-15));
        Assert.That(averaged, Is.Not.EqualTo(Rnn.RnnClassify(Wx, Wh, B, wy, [0, 0], xs, [0, 0])).Within(1e-3));
    }

    [Test]
    public void SoftmaxWithoutShiftGivesZerosWhenOnlyTheSumOverflows()
    {
        // e^709 is finite, three of them are not: every share becomes finite/∞ = 0
        Assert.That(LossesMistakes.SoftmaxWithoutMaxShift([709, 709, 709]), Is.EqualTo(new double[3]));
        Assert.That(Losses.Softmax([709, 709, 709]), Is.EqualTo(new[] { 1 / 3.0, 1 / 3.0, 1 / 3.0 }).Within(1e-15));
    }

    [Test]
    public void WrongStepsCarryThroughTheSequenceAndTheOutputs()
    {
        var xs = new double[,] { { 2 }, { -1 }, { 0.5 } };
        var wy = new double[,] { { 1, 0 }, { 0, 1 } };
        var transposed = RnnMistakes.RnnForwardWithTransposedRecurrentWeights(Wx, Wh, B, xs, [0.2, -0.4]);
        var h = RnnMistakes.RnnStepWithTransposedRecurrentWeights(Wx, Wh, B, [2], [0.2, -0.4]);
        Assert.That(new[] { transposed[0, 0], transposed[0, 1] }, Is.EqualTo(h));
        Assert.That(transposed, Is.Not.EqualTo(Rnn.RnnForward(Wx, Wh, B, xs, [0.2, -0.4])).Within(1e-3));
        var outside = RnnMistakes.RnnForwardWithBiasOutsideTanh(Wx, Wh, B, xs, [0, 0]);
        Assert.That(outside, Is.Not.EqualTo(Rnn.RnnForward(Wx, Wh, B, xs, [0, 0])).Within(1e-3));
        var perStep = RnnMistakes.RnnOutputPerStepWithBiasOutsideTanh(Wx, Wh, B, wy, [0, 0], xs, [0, 0]);
        var last = RnnMistakes.RnnClassifyWithBiasOutsideTanh(Wx, Wh, B, wy, [0, 0], xs, [0, 0]);
        Assert.That(last, Is.EqualTo(new[] { perStep[2, 0], perStep[2, 1] }));
        Assert.That(last, Is.EqualTo(Losses.Softmax([outside[2, 0], outside[2, 1]])).Within(1e-15));
        Assert.That(RnnMistakes.RnnClassifyWithTransposedRecurrentWeights(Wx, Wh, B, wy, [0, 0], xs, [0.2, -0.4]),
            Is.Not.EqualTo(Rnn.RnnClassify(Wx, Wh, B, wy, [0, 0], xs, [0.2, -0.4])).Within(1e-3));
        Assert.That(RnnMistakes.RnnOutputPerStepWithTransposedRecurrentWeights(Wx, Wh, B, wy, [0, 0], xs, [0.2, -0.4]),
            Is.Not.EqualTo(Rnn.RnnOutputPerStep(Wx, Wh, B, wy, [0, 0], xs, [0.2, -0.4])).Within(1e-3));
    }

    // Hidden states saturate near ±1 and W_y ≈ 800, so the logits pass e^709.
    static readonly double[,] BigWx = { { 3 }, { -3 } }, BigWh = { { 0.5, 0 }, { 0, 0.5 } },
        BigWy = { { 800, 0 }, { 0, 760 }, { -800, 100 } }, BigXs = { { 1 }, { 2 } };
    static readonly double[] BigB = [0, 0], BigBy = [0, 0, 0], BigH0 = [0, 0];

    [Test]
    public void OutputsWithoutMaxShiftAreNaNForLargeLogits()
    {
        Assert.That(RnnMistakes.RnnClassifyWithoutMaxShift(BigWx, BigWh, BigB, BigWy, BigBy, BigXs, BigH0),
            Has.Some.NaN);
        Assert.That(Rnn.RnnClassify(BigWx, BigWh, BigB, BigWy, BigBy, BigXs, BigH0), Has.None.NaN);
        Assert.That(RnnMistakes.RnnOutputPerStepWithoutMaxShift(BigWx, BigWh, BigB, BigWy, BigBy, BigXs,
            BigH0).Cast<double>(),
            Has.Some.NaN);
        var small = new double[,] { { 1, 0 }, { 0, 1 }, { -1, 1 } };
        Assert.That(RnnMistakes.RnnOutputPerStepWithoutMaxShift(BigWx, BigWh, BigB, small, BigBy, BigXs, BigH0),
            Is.EqualTo(Rnn.RnnOutputPerStep(BigWx, BigWh, BigB, small, BigBy, BigXs, BigH0)).Within(1e-15));
    }

    [Test]
    public void LastStepOnlyIsTheClassifierOutputInOneRow()
    {
        var small = new double[,] { { 1, 0 }, { 0, 1 }, { -1, 1 } };
        var last = RnnMistakes.RnnOutputPerStepLastStepOnly(BigWx, BigWh, BigB, small, BigBy, BigXs, BigH0);
        Assert.That(last.GetLength(0), Is.EqualTo(1));
        Assert.That(Enumerable.Range(0, 3).Select(k => last[0, k]),
            Is.EqualTo(Rnn.RnnClassify(BigWx, BigWh, BigB, small, BigBy, BigXs, BigH0)));
        Assert.That(Rnn.RnnOutputPerStep(BigWx, BigWh, BigB, small, BigBy, BigXs, BigH0).GetLength(0), Is.EqualTo(2));
    }
}
