using Grader.Reference.Mistakes;

namespace Grader.Reference.Tests.Mistakes;

public class MlpMistakesTests
{
    // Seed 003 P3, in the out×in layout of MlpTests.
    private static double[][,] Weights() =>
        [new double[,] { { 1, 0.5 }, { -0.5, -1 } }, new double[,] { { 0.5, 0.3 }, { -1, -0.7 } }];
    private static readonly double[][] Biases = [[0.5, -0.5], [-1, 0.5]];
    private static readonly string[] ActivationNames = ["relu", "linear"];
    private static readonly double[] Input = [2, -1], Target = [1, 0.5];

    [Test]
    public void TransposedWeightGradientHasTheShapeOfWTransposed()
    {
        var wrong = MlpMistakes.DenseWeightGradientTransposed([1, 2, 3], [4, 5]);
        Assert.That(wrong.GetLength(0), Is.EqualTo(3));
        Assert.That(Mlp.DenseWeightGradient([1, 2, 3], [4, 5]).GetLength(0), Is.EqualTo(2));
    }

    [Test]
    public void WrongSignMovesW21Down()
    {
        var w = MlpMistakes.SgdWeightsWithWrongSign(Input, Weights(), Biases, ActivationNames, Target, "mse", 0.1, 1);
        Assert.That(w[0][0, 1], Is.EqualTo(0.35).Within(1e-15)); // 0.5 − 0.15 instead of 0.65
    }

    [Test]
    public void ThroughDeadReluTheDeadUnitsWeightsChange()
    {
        var wrong =
            MlpMistakes.SgdWeightsThroughDeadRelu(Input, Weights(), Biases, ActivationNames, Target, "mse", 0.1, 1);
        var right = Mlp.SgdWeights(Input, Weights(), Biases, ActivationNames, Target, "mse", 0.1, 1);
        Assert.That(right[0][1, 0], Is.EqualTo(-0.5), "w12 stays: the unit is dead");
        Assert.That(wrong[0][1, 0], Is.Not.EqualTo(-0.5));
        Assert.That(wrong[0][0, 1], Is.EqualTo(right[0][0, 1]), "the live unit's weights agree");
    }

    [Test]
    public void HalfSumOfSquaresAgreesOnlyForTwoOutputs()
    {
        Assert.That(MlpMistakes.LossHalfSumOfSquares(Input, Weights(), Biases, ActivationNames, Target, "mse"),
            Is.EqualTo(2.5));
        double[][,] single = [new double[,] { { 1, 1 }, { 1, -1 }, { 0, 1 } }];
        string[] linear = ["linear"];
        double[] target = [0, 0, 0];
        double[][] bias = [[0, 0, 0]];
        Assert.That(MlpMistakes.LossHalfSumOfSquares([1, 1], single, bias, linear, target, "mse"), Is.EqualTo(2.5));
        Assert.That(Mlp.Loss([1, 1], single, bias, linear, target, "mse"), Is.EqualTo(5.0 / 3).Within(1e-15));
    }

    [Test]
    public void GradientThroughDeadReluIsNonZeroForW12()
    {
        var wrong =
            MlpMistakes.WeightGradientsThroughDeadRelu(Input, Weights(), Biases, ActivationNames, Target, "mse");
        var right = Mlp.WeightGradients(Input, Weights(), Biases, ActivationNames, Target, "mse");
        Assert.That(right[0][1, 0], Is.EqualTo(0));
        Assert.That(wrong[0][1, 0], Is.Not.EqualTo(0));
        Assert.That(wrong[0][0, 1], Is.EqualTo(-1.5), "dE/dw21 agrees");
    }

    [Test]
    public void WrongSignGradientOfW21IsPlus1Point5() =>
        Assert.That(
            MlpMistakes.WeightGradientsWithWrongSign(Input, Weights(), Biases, ActivationNames, Target, "mse")[0][0, 1],
            Is.EqualTo(1.5));

    [Test]
    public void TransposedGradientsPutDw21AtRow1Column0() =>
        Assert.That(
            MlpMistakes.WeightGradientsTransposed(Input, Weights(), Biases, ActivationNames, Target, "mse")[0][1, 0],
            Is.EqualTo(-1.5));

    [Test]
    public void BiasMistakesDifferFromTheCorrectBiases()
    {
        var right = Mlp.BiasGradients(Input, Weights(), Biases, ActivationNames, Target, "mse");
        Assert.That(right[0][1], Is.EqualTo(0), "b2 feeds the dead unit");
        Assert.That(
            MlpMistakes.BiasGradientsThroughDeadRelu(Input, Weights(), Biases, ActivationNames, Target, "mse")[0][1],
            Is.Not.EqualTo(0));
        Assert.That(MlpMistakes.BiasGradientsWithWrongSign(Input, Weights(), Biases, ActivationNames, Target, "mse")[1],
            Is.EqualTo(right[1].Select(v => -v)));
        var sgd = Mlp.SgdBiases(Input, Weights(), Biases, ActivationNames, Target, "mse", 0.1, 1);
        var ascent = MlpMistakes.SgdBiasesWithWrongSign(
            Input, Weights(), Biases, ActivationNames, Target, "mse", 0.1, 1);
        Assert.That(ascent[1][0], Is.Not.EqualTo(sgd[1][0]));
        var dead = MlpMistakes.SgdBiasesThroughDeadRelu(
            Input, Weights(), Biases, ActivationNames, Target, "mse", 0.1, 1);
        Assert.That(dead[0][1], Is.Not.EqualTo(sgd[0][1]));
    }

    // A one-layer linear network with three outputs: o = W x + b, so dLoss/db is dMSE/do itself.
    private static readonly double[][,] Linear3 = [new double[,] { { 1, 0 }, { 0, 1 }, { 1, 1 } }];
    private static readonly double[][] Zero3 = [[0, 0, 0]];

    [Test]
    public void WithoutTwoOverNTheOutputGradientIsNOverTwoTimesTooLarge()
    {
        // o = (1, 2, 3), t = (0, 0, 0): dMSE/do = (2/3)(1, 2, 3); without 2/n it is (1, 2, 3).
        var right = Mlp.BiasGradients([1, 2], Linear3, Zero3, ["linear"], [0, 0, 0], "mse")[0];
        var wrong = MlpMistakes.BiasGradientsMseWithoutTwoOverN(
            [1, 2], Linear3, Zero3, ["linear"], [0, 0, 0], "mse")[0];
        Assert.That(wrong, Is.EqualTo(new[] { 1.0, 2, 3 }));
        Assert.That(wrong.Select((v, i) => v / right[i]), Is.All.EqualTo(1.5).Within(1e-12));
    }

    [Test]
    public void WithoutTwoOverNIsRightForTwoOutputsAsInSeed003()
    {
        Assert.That(MlpMistakes.WeightGradientsMseWithoutTwoOverN(Input, Weights(), Biases, ActivationNames, Target,
            "mse"),
            Is.EqualTo(Mlp.WeightGradients(Input, Weights(), Biases, ActivationNames, Target, "mse")).Within(1e-15));
        Assert.That(MlpMistakes.SgdBiasesMseWithoutTwoOverN([1, 2], Linear3, Zero3, ["linear"], [0, 0, 0], "mse", 0.1,
            1)[0],
            Is.EqualTo(new[] { -0.1, -0.2, -0.3 }).Within(1e-15));
    }

    [Test]
    public void TargetSignFlippedUsesOPlusT()
    {
        // Seed 003: o = (0, −1.5), t = (1, 0.5); (o + t) = (1, −1) gives MSE 1 instead of 2.5.
        Assert.That(MlpMistakes.LossTargetSignFlipped(Input, Weights(), Biases, ActivationNames, Target, "mse"),
            Is.EqualTo(1).Within(1e-15));
        Assert.That(Mlp.Loss(Input, Weights(), Biases, ActivationNames, Target, "mse"), Is.EqualTo(2.5).Within(1e-15));
        var db = MlpMistakes.BiasGradientsTargetSignFlipped(Input, Weights(), Biases, ActivationNames, Target, "mse");
        Assert.That(db[1], Is.EqualTo(new[] { 1.0, -1 }).Within(1e-15)); // (2/2)(o + t)
        Assert.That(MlpMistakes.SgdWeightsTargetSignFlipped(Input, Weights(), Biases, ActivationNames, Target, "mse",
            0.1, 1)[1],
            Is.Not.EqualTo(Mlp.SgdWeights(Input, Weights(), Biases, ActivationNames, Target, "mse", 0.1,
                1)[1]).Within(1e-3));
    }

    // x = (1, −1) puts hidden unit 1 exactly at z = 0 and unit 2 at z = −1: only ReLU'(0) tells the two apart.
    [Test]
    public void ReluPrimeOneAtZeroDiffersOnlyAtAnExactZero()
    {
        double[][,] w = [new double[,] { { 1, 1 }, { -1, 0 } }, new double[,] { { 0.5, -0.25 } }];
        double[][] b = [[0, 0], [0.25]];
        double[] x = [1, -1], t = [-1];
        var right = Mlp.WeightGradients(x, w, b, ActivationNames, t, "mse");
        var wrong = MlpMistakes.WeightGradientsReluPrimeOneAtZero(x, w, b, ActivationNames, t, "mse");
        Assert.That(right[0][0, 0], Is.EqualTo(0), "ReLU'(0) = 0 stops the gradient");
        Assert.That(wrong[0][0, 0], Is.Not.EqualTo(0));
        Assert.That(wrong[0][1, 0], Is.EqualTo(0), "a negative z still passes nothing");
        Assert.That(MlpMistakes.BiasGradientsReluPrimeOneAtZero(x, w, b, ActivationNames, t, "mse")[0][0],
            Is.Not.EqualTo(0));
        Assert.That(MlpMistakes.SgdWeightsReluPrimeOneAtZero(x, w, b, ActivationNames, t, "mse", 0.1, 1)[0][0, 0],
            Is.Not.EqualTo(1));
        Assert.That(MlpMistakes.SgdBiasesReluPrimeOneAtZero(x, w, b, ActivationNames, t, "mse", 0.1, 1)[0][0],
            Is.Not.EqualTo(0));
        var seed003 = Mlp.WeightGradients(Input, Weights(), Biases, ActivationNames, Target, "mse");
        Assert.That(
            MlpMistakes.WeightGradientsReluPrimeOneAtZero(Input, Weights(), Biases, ActivationNames, Target, "mse"),
            Is.EqualTo(seed003), "no pre-activation of seed 003 is 0");
    }

    [Test]
    public void SigmoidPrimeFromZChangesOnlySigmoidLayers()
    {
        double[][,] w = [new double[,] { { 0.8, -0.3 }, { 0.2, 0.6 } }, new double[,] { { 1.2, -0.7 } }];
        double[][] b = [[0.1, -0.2], [0.05]];
        double[] x = [0.5, -1], t = [0.3];
        string[] sigmoid = ["sigmoid", "linear"];
        var right = Mlp.WeightGradients(x, w, b, sigmoid, t, "mse");
        Assert.That(MlpMistakes.WeightGradientsSigmoidPrimeFromZ(x, w, b, sigmoid, t, "mse")[0],
            Is.Not.EqualTo(right[0]).Within(1e-3));
        Assert.That(MlpMistakes.WeightGradientsSigmoidPrimeFromZ(x, w, b, sigmoid, t, "mse")[1], Is.EqualTo(right[1]));
        Assert.That(MlpMistakes.BiasGradientsSigmoidPrimeFromZ(x, w, b, sigmoid, t, "mse")[0],
            Is.Not.EqualTo(Mlp.BiasGradients(x, w, b, sigmoid, t, "mse")[0]).Within(1e-3));
        Assert.That(MlpMistakes.SgdWeightsSigmoidPrimeFromZ(x, w, b, sigmoid, t, "mse", 0.1, 1)[0],
            Is.Not.EqualTo(Mlp.SgdWeights(x, w, b, sigmoid, t, "mse", 0.1, 1)[0]).Within(1e-4));
        Assert.That(MlpMistakes.SgdBiasesSigmoidPrimeFromZ(x, w, b, sigmoid, t, "mse", 0.1, 1)[0],
            Is.Not.EqualTo(Mlp.SgdBiases(x, w, b, sigmoid, t, "mse", 0.1, 1)[0]).Within(1e-4));
        Assert.That(
            MlpMistakes.WeightGradientsSigmoidPrimeFromZ(Input, Weights(), Biases, ActivationNames, Target, "mse"),
            Is.EqualTo(Mlp.WeightGradients(Input, Weights(), Biases, ActivationNames, Target, "mse")));
    }

    [Test]
    public void SoftmaxMinusTargetIsWrongExactlyWhenTheTargetDoesNotSumToOne()
    {
        // x = 0 gives zero logits: softmax = (⅓, ⅓, ⅓). For t = (1, 0, 1) the answer is softmax·2 − t = (−⅓, ⅔, −⅓);
        // softmax − t is (−⅔, ⅓, −⅔). For a one-hot target they agree.
        var right = Mlp.BiasGradients([0, 0], Linear3, Zero3, ["linear"], [1, 0, 1], "cross_entropy")[0];
        var wrong = MlpMistakes.BiasGradientsCrossEntropyForUnitMass(
            [0, 0], Linear3, Zero3, ["linear"], [1, 0, 1], "cross_entropy")[0];
        Assert.That(right, Is.EqualTo(new[] { -1 / 3.0, 2 / 3.0, -1 / 3.0 }).Within(1e-12));
        Assert.That(wrong, Is.EqualTo(new[] { -2 / 3.0, 1 / 3.0, -2 / 3.0 }).Within(1e-12));
        Assert.That(MlpMistakes.SgdWeightsCrossEntropyForUnitMass(
                [1, 2], Linear3, Zero3, ["linear"], [0, 1, 0], "cross_entropy", 0.1, 2),
            Is.EqualTo(Mlp.SgdWeights([1, 2], Linear3, Zero3, ["linear"], [0, 1, 0], "cross_entropy", 0.1, 2))
                .Within(1e-15));
    }
}
