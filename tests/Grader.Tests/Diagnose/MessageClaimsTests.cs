using Grader.Assignments;
using Grader.Reference;
using Grader.Reference.Mistakes;

namespace Grader.Tests.Diagnose;

/// <summary>
/// Every number a mistake's message states, recomputed from the reference and the mistake it names: a message that
/// drifts from its numbers (or numbers that drift from the message) fails here.
/// </summary>
public class MessageClaimsTests
{
    static string Message(string assignment, string question, string mistake)
    {
        var spec = Json.Read<AssignmentSpec>(Path.Combine(Fixtures.Bundled(assignment), AssignmentLoader.SpecFile));
        return spec.Questions.Single(q => q.Id == question).Mistakes.Single(m => m.Id == mistake).Message;
    }

    static void Claims(string assignment, string question, string mistake, params string[] texts) =>
        Assert.That(Message(assignment, question, mistake),
            texts.Aggregate((NUnit.Framework.Constraints.IResolveConstraint)Does.Contain(texts[0]),
            (all, text) => ((NUnit.Framework.Constraints.Constraint)all).And.Contains(text)));

    // Seed 001's networks on 512×512×3, 4×4 kernels, stride 2, padding 1.
    static readonly string[] KindsA = ["depthwise", "pointwise", "depthwise", "pointwise", "depthwise", "pointwise"];
    static readonly int[] ChannelsA = [3, 64, 64, 128, 128, 256], KernelsA = [4, 1, 4, 1, 4, 1];
    static readonly int[] StridesA = [2, 1, 2, 1, 2, 1], PaddingsA = [1, 0, 1, 0, 1, 0];
    static readonly string[] KindsB = ["conv", "conv", "conv"];
    static readonly int[] ChannelsB = [64, 128, 256], Fours = [4, 4, 4], Twos = [2, 2, 2], Ones = [1, 1, 1];

    [Test]
    public void AdamWithoutBiasCorrectionStepsAboutThreeTimesTooFarAtFirst()
    {
        Claims("optimizers", "adam", "no-bias-correction", "3.2η", "too large");
        Claims("optimizers", "loss-curve", "adam-no-bias-correction", "3.2η", "too large");
        double wrong = -OptimizersMistakes.AdamWithoutBiasCorrection([0], [0.4], [0], [0], 1, 1, 0.9, 0.999, 1e-8).w[0];
        double right = -Optimizers.AdamStep([0], [0.4], [0], [0], 1, 1, 0.9, 0.999, 1e-8).w[0];
        Assert.That(Math.Round(wrong / right, 1), Is.EqualTo(3.2));
        var curve = LearningRateStudyMistakes.LossCurveAdamWithoutBiasCorrection(new double[,] { { 1 } }, [10], "adam",
            0.1, 1);
        var answer = LearningRateStudy.LossCurve(new double[,] { { 1 } }, [10], "adam", 0.1, 1);
        // w goes 0 → 0.316 instead of 0 → 0.1: L = (w − 10)².
        Assert.That(10 - Math.Sqrt(curve[1]), Is.EqualTo(3.2 * 0.1).Within(0.01));
        Assert.That(10 - Math.Sqrt(answer[1]), Is.EqualTo(0.1).Within(1e-6));
    }

    [Test]
    public void AdamCountingFromZeroStepsAboutThreeQuartersAsFarAtFirst()
    {
        Claims("optimizers", "adam", "t-from-zero", "1 − β^(t+1)", "≈ 0.74η");
        Claims("optimizers", "adam-gc", "t-from-zero", "1 − β^(t+1)", "≈ 0.74η");
        double wrong = -OptimizersMistakes.AdamStepCountFromZero([0], [0.4], [0], [0], 1, 1, 0.9, 0.999, 1e-8).w[0];
        Assert.That(Math.Round(wrong, 2), Is.EqualTo(0.74));
        var g = new double[,] { { -0.4, 0.4 } };
        var (w, _, _) = OptimizersMistakes.AdamGcStepCountFromZero(new double[1, 2], g, new double[1, 2],
            new double[1, 2], 1, 1, 0.9, 0.999, 1e-8);
        Assert.That(Math.Round(w[0, 0], 2), Is.EqualTo(0.74));
    }

    [Test]
    public void NaiveBceIsNaNWhereACertainAnswerIsRight()
    {
        Claims("activations-losses", "bce", "zero-log-zero", "0·ln 0 = 0·(−∞)", "NaN");
        Assert.That(0 * Math.Log(0), Is.NaN);
        Assert.That(LossesMistakes.BinaryCrossEntropyWithoutZeroLogZero([1, 0], [1, 0]), Is.NaN);
    }

    [Test]
    public void VerdictsOfARunThatWentNaN()
    {
        Claims("optimizers", "diverging", "nan-not-diverged", "NaN > L(w_0) is false");
        Claims("optimizers", "best-rate", "nan-lowest", "Enumerable.Min even returns NaN");
        Assert.That(new[] { 1, double.NaN, 0.5 }.Min(), Is.NaN);
        Assert.That(double.NaN > 1, Is.False);
    }

    [TestCase("rmsprop", "eps-inside-root")]
    [TestCase("adam", "eps-inside-root")]
    [TestCase("adam-gc", "eps-outside-root")]
    public void WhereEpsilonGoesChangesTheDenominatorFivefold(string question, string mistake)
    {
        Claims("optimizers", question, mistake, "ε = 0.01", "≈ 0.100", "= 0.02");
        Assert.That(Math.Round(Math.Sqrt(1e-4 + 0.01), 3), Is.EqualTo(0.100));
        Assert.That(Math.Sqrt(1e-4) + 0.01, Is.EqualTo(0.02).Within(1e-15));
    }

    [Test]
    public void ClippedBceCostsSixteenWhereTheAnswerIsInfinite()
    {
        Claims("activations-losses", "bce", "clipped", "≈ 16.1", "+∞");
        Assert.That(Math.Round(LossesMistakes.BinaryCrossEntropyClipped([0], [1]), 1), Is.EqualTo(16.1));
        Assert.That(Losses.BinaryCrossEntropy([0], [1]), Is.EqualTo(double.PositiveInfinity));
        Claims("activations-losses", "bce", "log10", "≈ 0.693");
        Assert.That(Math.Round(Losses.BinaryCrossEntropy([0.5], [0]), 3), Is.EqualTo(0.693));
    }

    [Test]
    public void MishDerivativeAtZeroIsPointSix()
    {
        Claims("activations-losses", "mish-derivative", "mish-over-x", "tanh(ln 2) = 0.6", "0/0");
        Assert.That(Activations.MishDerivative(0), Is.EqualTo(0.6).Within(1e-12));
        Assert.That(ActivationsMistakes.MishDerivativeViaMishOverX(0), Is.NaN);
    }

    [Test]
    public void SoftmaxOverflowsNearSevenHundredAndTen()
    {
        Claims("rnn", "softmax", "no-max-shift", "z ≈ 709.8");
        Assert.That(double.IsFinite(Math.Exp(709.7)) && double.IsInfinity(Math.Exp(709.8)));
        Claims("activations-losses", "softmax", "no-max-shift", "e^{1000} is +∞", "NaN");
        Assert.That(LossesMistakes.SoftmaxWithoutMaxShift([1000, 1001]), Has.All.NaN);
    }

    [Test]
    public void Seed001NetworkNumbers()
    {
        long multsA = Architecture.TotalMultiplications(512, 512, 3, KindsA, ChannelsA, KernelsA, StridesA, PaddingsA);
        long multsB = Architecture.TotalMultiplications(512, 512, 3, KindsB, ChannelsB, Fours, Twos, Ones);
        long paramsA = Architecture.TotalParameters(3, KindsA, ChannelsA, KernelsA,
            false), paramsB = Architecture.TotalParameters(3, KindsB, ChannelsB, Fours, false);
        Claims("architecture", "mult-ratio", "inverted", "14.5 times", "4,496,293,888 vs 309,329,920");
        Assert.That((multsB, multsA, Math.Round((double)multsB / multsA, 1)),
            Is.EqualTo((4_496_293_888L, 309_329_920L, 14.5)));
        Claims("architecture", "param-ratio", "inverted", "44,272 vs 658,432");
        Assert.That((paramsA, paramsB), Is.EqualTo((44_272L, 658_432L)));
        foreach (var question in new[] { "depthwise-params", "separable-params", "network-params", "total-params" })
            Claims("architecture", question, "depthwise-as-standard", "44,272");
        Claims("architecture", "total-mults", "depthwise-as-standard", "309,329,920");
        Claims("architecture", "total-mults", "int-overflow", "4,496,293,888", "2,147,483,647");
        Assert.That(multsB > int.MaxValue && int.MaxValue == 2_147_483_647);
        Claims("architecture", "conv-mults", "int-overflow", "2,147,483,648", "one more than int.MaxValue");
        Assert.That(Architecture.NetworkMultiplications(512, 512, 3, KindsB, ChannelsB, Fours, Twos, Ones)[1],
            Is.EqualTo(int.MaxValue + 1L));
    }

    [Test]
    public void Seed001ReceptiveFieldIs21Not13()
    {
        Claims("architecture", "receptive-field", "pooling-stride-ignored", "21 pixels, not 13", "RF_3 = 5 + 2·4",
            "RF_4 = 13 + 1·8");
        Assert.That(ReceptiveField.Size([3, 2, 3, 2], [2, 2, 2, 2]), Is.EqualTo(21));
        Assert.That(ReceptiveFieldMistakes.SizeWithPoolingStrideIgnored([3, 2, 3, 2], [2, 2, 2, 2]), Is.EqualTo(13));
        Claims("architecture", "receptive-field-layers", "pooling-stride-ignored", "3, 5, 9, 13", "3, 5, 13, 21");
        Assert.That(ReceptiveField.PerLayer([3, 2, 3, 2], [2, 2, 2, 2], [1, 1, 1, 1]),
            Is.EqualTo(new[] { 3, 5, 13, 21 }));
        Assert.That(ReceptiveFieldMistakes.PerLayerWithPoolingStrideIgnored([3, 2, 3, 2], [2, 2, 2, 2], [1, 1, 1, 1]),
            Is.EqualTo(new[] { 3, 5, 9, 13 }));
    }

    [Test]
    public void Seed004PaddedByOneGivesTwoByTwo()
    {
        Claims("conv-backprop", "dX", "dy-padded-by-one", "4×4, not 2×2", "2 for a 3×3 kernel");
        double[,,] x = new double[1, 4, 4], dy = { { { 1, -1 }, { -1, 1 } } };
        double[,,,] w = { { { { 1, -1, 0 }, { 0, 1, -1 }, { -1, 0, 1 } } } };
        Assert.That(ConvolutionMistakes.InputGradientUpstreamPaddedByOne(x, w, dy, 1, 0).GetLength(1), Is.EqualTo(2));
        Assert.That(Convolution.Conv2DInputGradient(x, w, dy, 1, 0).GetLength(1), Is.EqualTo(4));
    }

    // Seed 003 P3: the 2-2-2 network, out×in weights.
    static double[][,] Weights() =>
        [new double[,] { { 1, 0.5 }, { -0.5, -1 } }, new double[,] { { 0.5, 0.3 }, { -1, -0.7 } }];
    static readonly double[][] Biases = [[0.5, -0.5], [-1, 0.5]];
    static readonly string[] ReluLinear = ["relu", "linear"];

    [Test]
    public void Seed003Numbers()
    {
        Claims("mlp-backprop", "weight-gradients", "wrong-sign", "dE/dw21 is −1.5");
        Assert.That(Mlp.WeightGradients([2, -1], Weights(), Biases, ReluLinear, [1, 0.5], "mse")[0][0, 1],
            Is.EqualTo(-1.5).Within(1e-12));
        Claims("mlp-backprop", "sgd-weights", "wrong-sign", "from 0.5 to 0.65");
        Assert.That(Mlp.SgdWeights([2, -1], Weights(), Biases, ReluLinear, [1, 0.5], "mse", 0.1, 1)[0][0, 1],
            Is.EqualTo(0.65).Within(1e-12));
        Claims("mlp-backprop", "sgd-biases", "through-dead-relu", "b2 stays −0.5");
        Assert.That(Mlp.SgdBiases([2, -1], Weights(), Biases, ReluLinear, [1, 0.5], "mse", 0.1, 1)[0][1],
            Is.EqualTo(-0.5));
        Claims("mlp-backprop", "loss", "target-sign-flipped", "t2 = 0.5, o2 = −1.5");
        Assert.That(Mlp.Forward([2, -1], Weights(), Biases, ReluLinear)[1], Is.EqualTo(-1.5).Within(1e-12));
        Claims("mlp-backprop", "loss", "half-sum", "only when n = 2");
        Assert.That(MlpMistakes.LossHalfSumOfSquares([2, -1], Weights(), Biases, ReluLinear, [1, 0.5], "mse"),
            Is.EqualTo(Mlp.Loss([2, -1], Weights(), Biases, ReluLinear, [1, 0.5], "mse")).Within(1e-12));
    }

    [Test]
    public void WithoutTwoOverNTheGradientIsNOverTwoTimesTooLarge()
    {
        Claims("mlp-backprop", "bias-gradients", "without-two-over-n", "n/2 times too large");
        double[][,] identity = [new double[,] { { 1, 0, 0, 0 }, { 0, 1, 0, 0 }, { 0, 0, 1, 0 }, { 0, 0, 0, 1 } }];
        double[] x = [1, -2, 3, 0.5];
        var right = Mlp.BiasGradients(x, identity, [[0, 0, 0, 0]], ["linear"], [0, 0, 0, 0], "mse")[0];
        var wrong = MlpMistakes.BiasGradientsMseWithoutTwoOverN(x, identity, [[0, 0, 0, 0]], ["linear"], [0, 0, 0, 0],
            "mse")[0];
        Assert.That(wrong.Zip(right, (a, b) => a / b), Is.All.EqualTo(4 / 2.0).Within(1e-12));
    }

    [Test]
    public void TrainedCnnCounts()
    {
        Claims("trained-cnn", "layer-parameters", "no-biases", "7·7·1·8 + 8 = 400");
        Assert.That(SmallCnn.LayerParameters(28, 8, 7, 5, 10)[0], Is.EqualTo(400));
        Claims("trained-cnn", "total-parameters", "prelu-slope-per-channel", "22·22·8 + 18·18·8 = 6,464");
        Assert.That(SmallCnn.TotalParameters(28, 8, 7, 5, 10, true) - SmallCnn.TotalParameters(28, 8, 7, 5, 10, false),
            Is.EqualTo(6_464));
        Claims("trained-cnn", "output-sizes", "output-size-off-by-one", "28 → 22 → 18", "n − k + 1");
        Assert.That(SmallCnn.OutputSizes(28, 8, 7, 5), Is.EqualTo(new[] { 22, 18, 2592 }));
        Claims("trained-cnn", "logits", "dense-transposed", "2008 + j·2592 + i");
        Assert.That(SmallCnn.LayerParameters(28, 8, 7, 5, 10)[0] + SmallCnn.LayerParameters(28, 8, 7, 5, 10)[1],
            Is.EqualTo(2008));
    }
}
