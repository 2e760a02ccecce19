namespace Grader.Reference.Tests;

public class RnnTests
{
    // I = 1, H = 2, K = 2; RnnMistakesTests works its by-hand steps on the same Wx, Wh and B.
    internal static readonly double[,] Wx = { { 1 }, { -1 } };
    internal static readonly double[,] Wh = { { 0.5, 1 }, { 0, 0.5 } };
    internal static readonly double[] B = [0.1, 0];
    static readonly double[,] Wy = { { 1, 0 }, { 0, 1 } };
    static readonly double[] By = [0, 0];

    [Test]
    public void StepByHand()
    {
        // a_1 = 1·2 + 0.5·0.2 + 1·(−0.4) + 0.1 = 1.8;  a_2 = −1·2 + 0·0.2 + 0.5·(−0.4) + 0 = −2.2
        var h = Rnn.RnnStep(Wx, Wh, B, [2], [0.2, -0.4]);
        Assert.That(h, Is.EqualTo(new[] { Math.Tanh(1.8), Math.Tanh(-2.2) }).Within(1e-15));
    }

    [Test]
    public void ForwardOfAScalarRnnByHand()
    {
        // h_1 = tanh(0.5), h_2 = tanh(0.5 + h_1), h_3 = tanh(−1 + h_2)
        var states =
            Rnn.RnnForward(new double[,] { { 1 } }, new double[,] { { 1 } }, [0],
                new double[,] { { 0.5 }, { 0.5 }, { -1 } }, [0]);
        double h1 = Math.Tanh(0.5), h2 = Math.Tanh(0.5 + h1);
        Assert.That(states, Is.EqualTo(new double[,] { { h1 }, { h2 }, { Math.Tanh(-1 + h2) } }).Within(1e-15));
    }

    [Test]
    public void ForwardRowsAreSuccessiveSteps()
    {
        var xs = FiniteDifferences.RandomArray<double[,]>(new Random(1), 4, 1);
        var states = Rnn.RnnForward(Wx, Wh, B, xs, [0.3, -0.1]);
        double[] h = [0.3, -0.1];
        for (int t = 0; t < 4; t++)
        {
            h = Rnn.RnnStep(Wx, Wh, B, [xs[t, 0]], h);
            Assert.That(new[] { states[t, 0], states[t, 1] }, Is.EqualTo(h), $"step {t}");
        }
    }

    [Test]
    public void ClassifyIsOneSoftmaxOnTheLastHiddenState()
    {
        // Wy = I, by = 0: p = softmax(h_T) = (σ(h_1 − h_2), σ(h_2 − h_1)) for two classes
        var xs = new double[,] { { 2 }, { -1 } };
        var states = Rnn.RnnForward(Wx, Wh, B, xs, [0, 0]);
        double gap = states[1, 0] - states[1, 1];
        var p = Rnn.RnnClassify(Wx, Wh, B, Wy, By, xs, [0, 0]);
        Assert.That(p, Is.EqualTo(new[] { 1 / (1 + Math.Exp(-gap)), 1 / (1 + Math.Exp(gap)) }).Within(1e-15));
    }

    [Test]
    public void OutputPerStepHasOneDistributionPerStepAndEndsWithTheClassification()
    {
        var xs = FiniteDifferences.RandomArray<double[,]>(new Random(2), 5, 1);
        var wy = FiniteDifferences.RandomArray<double[,]>(new Random(3), 3, 2);
        double[] by = [0.1, -0.2, 0.3];
        var outputs = Rnn.RnnOutputPerStep(Wx, Wh, B, wy, by, xs, [0, 0]);
        Assert.That(outputs.GetLength(0), Is.EqualTo(Rnn.SoftmaxCalls(5, outputPerStep: true)));
        for (int t = 0; t < 5; t++)
            Assert.That(outputs[t, 0] + outputs[t, 1] + outputs[t, 2], Is.EqualTo(1).Within(1e-15), $"step {t}");
        var last = Rnn.RnnClassify(Wx, Wh, B, wy, by, xs, [0, 0]);
        Assert.That(new[] { outputs[4, 0], outputs[4, 1], outputs[4, 2] }, Is.EqualTo(last));
    }

    [Test]
    public void SoftmaxCallsAreOneForTheSequenceOrOnePerStep()
    {
        Assert.That(Rnn.SoftmaxCalls(7, outputPerStep: false), Is.EqualTo(1));
        Assert.That(Rnn.SoftmaxCalls(7, outputPerStep: true), Is.EqualTo(7));
    }

    [Test]
    public void LargeLogitsGiveFiniteProbabilities()
    {
        // Logits ≈ ±760 overflow e^z in double; the max-shifted softmax still gives (1, 0), and a common
        // offset of 10^4 in by changes nothing.
        var wy = new double[,] { { 1000, 0 }, { -1000, 0 } };
        var xs = new double[,] { { 2 } };
        var p = Rnn.RnnClassify(Wx, Wh, B, wy, [0, 0], xs, [0, 0]);
        Assert.That(p, Is.EqualTo(new[] { 1.0, 0.0 }));
        Assert.That(Rnn.RnnClassify(Wx, Wh, B, new double[,] { { 1, 0 }, { 0, 1 } }, [1e4, 1e4], xs, [0, 0]),
            Is.EqualTo(Rnn.RnnClassify(Wx, Wh, B, new double[,] { { 1, 0 }, { 0, 1 } }, [0, 0], xs, [0, 0]))
                .Within(1e-12));
    }

    [Test]
    public void InvalidShapesAreRejected()
    {
        Assert.Throws<ArgumentException>(() => Rnn.RnnStep(Wx, new double[2, 3], B, [1], [0, 0]));
        Assert.Throws<ArgumentException>(() => Rnn.RnnStep(Wx, Wh, [0], [1], [0, 0]));
        Assert.Throws<ArgumentException>(() => Rnn.RnnStep(Wx, Wh, B, [1, 2], [0, 0]));
        Assert.Throws<ArgumentException>(() => Rnn.RnnStep(Wx, Wh, B, [1], [0]));
        Assert.Throws<ArgumentException>(() => Rnn.RnnForward(Wx, Wh, B, new double[3, 2], [0, 0]));
        Assert.Throws<ArgumentException>(() => Rnn.RnnForward(Wx, Wh, B, new double[0, 1], [0]));
        Assert.Throws<ArgumentException>(() => Rnn.RnnClassify(Wx, Wh, B, Wy, By, new double[0, 1], [0, 0]));
        Assert.Throws<ArgumentException>(() =>
            Rnn.RnnClassify(Wx, Wh, B, new double[2, 3], By, new double[1, 1], [0, 0]));
        Assert.Throws<ArgumentException>(() => Rnn.RnnOutputPerStep(Wx, Wh, B, Wy, [0], new double[1, 1], [0, 0]));
        Assert.Throws<ArgumentException>(() => Rnn.SoftmaxCalls(0, true));
    }
}
