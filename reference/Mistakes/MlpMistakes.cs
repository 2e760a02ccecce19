namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong answers for the dense network (docs/homework-sources.md#mlp-by-hand), with the same
/// parameters as the correct functions in <see cref="Mlp"/>: a result that matches one of these names the mistake.
/// </summary>
public static class MlpMistakes
{
    // dL/dW = x · dL/dyᵀ (in×out): the outer product taken the wrong way round, the shape of Wᵀ.
    public static double[,] DenseWeightGradientTransposed(double[] x, double[] dy) => Mlp.DenseWeightGradient(dy, x);

    // W ← W + η·dLoss/dW: gradient ascent, the loss grows.
    public static double[][,] SgdWeightsWithWrongSign(double[] x, double[][,] weights, double[][] biases,
        string[] activations, double[] target, string loss, double learningRate, int steps) =>
        Mlp.SgdWeights(x, weights, biases, activations, target, loss, -learningRate, steps);

    // ReLU'(z) taken as 1 everywhere in the backward pass: in seed 003, w12 and w22 change although the hidden unit
    // is dead (z2 = −0.5, h2 = 0) and passes no gradient back.
    public static double[][,] SgdWeightsThroughDeadRelu(double[] x, double[][,] weights, double[][] biases,
        string[] activations, double[] target, string loss, double learningRate, int steps) =>
        Mlp.Train(x, weights, biases, activations, target, loss, learningRate, steps, ReluAlwaysOne).Weights;

    // MSE as ½ Σ (o − t)² instead of (1/n) Σ (o − t)²: equal when n = 2 (seed 003), different otherwise.
    public static double LossHalfSumOfSquares(double[] x, double[][,] weights, double[][] biases, string[] activations,
        double[] target, string loss)
    {
        double correct = Mlp.Loss(x, weights, biases, activations, target, loss);
        return loss == "mse" ? correct * target.Length / 2 : correct;
    }

    // dLoss/dW with ReLU'(z) = 1 everywhere: the dead unit of seed 003 gets a gradient.
    public static double[][,] WeightGradientsThroughDeadRelu(double[] x, double[][,] weights, double[][] biases,
        string[] activations, double[] target, string loss) =>
        Mlp.Backward(x, weights, biases, activations, target, loss, ReluAlwaysOne).Weights;

    // dLoss/db with ReLU'(z) = 1 everywhere.
    public static double[][] BiasGradientsThroughDeadRelu(double[] x, double[][,] weights, double[][] biases,
        string[] activations, double[] target, string loss) =>
        Mlp.Backward(x, weights, biases, activations, target, loss, ReluAlwaysOne).Biases;

    // dLoss/db negated: dE/do taken as (t − o).
    public static double[][] BiasGradientsWithWrongSign(double[] x, double[][,] weights, double[][] biases,
        string[] activations, double[] target, string loss) =>
        Mlp.BiasGradients(x, weights, biases, activations, target, loss).Select(g => g.Select(v => -v).ToArray())
            .ToArray();

    // b ← b + η·dLoss/db, together with the weights (gradient ascent).
    public static double[][] SgdBiasesWithWrongSign(double[] x, double[][,] weights, double[][] biases,
        string[] activations, double[] target, string loss, double learningRate, int steps) =>
        Mlp.SgdBiases(x, weights, biases, activations, target, loss, -learningRate, steps);

    // The biases after SGD steps whose backward pass takes ReLU'(z) = 1 everywhere.
    public static double[][] SgdBiasesThroughDeadRelu(double[] x, double[][,] weights, double[][] biases,
        string[] activations, double[] target, string loss, double learningRate, int steps) =>
        Mlp.Train(x, weights, biases, activations, target, loss, learningRate, steps, ReluAlwaysOne).Biases;

    // ReLU'(0) taken as 1 (z >= 0 where the statement says z > 0): differs only where a pre-activation is exactly 0.
    public static double[][,] WeightGradientsReluPrimeOneAtZero(double[] x, double[][,] weights, double[][] biases,
        string[] activations, double[] target, string loss) =>
        Mlp.Backward(x, weights, biases, activations, target, loss, ReluOneAtZero).Weights;

    // dLoss/db with ReLU'(0) = 1.
    public static double[][] BiasGradientsReluPrimeOneAtZero(double[] x, double[][,] weights, double[][] biases,
        string[] activations, double[] target, string loss) =>
        Mlp.Backward(x, weights, biases, activations, target, loss, ReluOneAtZero).Biases;

    // The weights after SGD steps whose backward pass takes ReLU'(0) = 1.
    public static double[][,] SgdWeightsReluPrimeOneAtZero(double[] x, double[][,] weights, double[][] biases,
        string[] activations, double[] target, string loss, double learningRate, int steps) =>
        Mlp.Train(x, weights, biases, activations, target, loss, learningRate, steps, ReluOneAtZero).Weights;

    // The biases after SGD steps whose backward pass takes ReLU'(0) = 1.
    public static double[][] SgdBiasesReluPrimeOneAtZero(double[] x, double[][,] weights, double[][] biases,
        string[] activations, double[] target, string loss, double learningRate, int steps) =>
        Mlp.Train(x, weights, biases, activations, target, loss, learningRate, steps, ReluOneAtZero).Biases;

    // σ'(z) written as z(1 − z), the formula σ(1 − σ) applied to z instead of to h = σ(z).
    public static double[][,] WeightGradientsSigmoidPrimeFromZ(double[] x, double[][,] weights, double[][] biases,
        string[] activations, double[] target, string loss) =>
        Mlp.Backward(x, weights, biases, activations, target, loss, SigmoidPrimeFromZ).Weights;

    // dLoss/db with σ'(z) = z(1 − z).
    public static double[][] BiasGradientsSigmoidPrimeFromZ(double[] x, double[][,] weights, double[][] biases,
        string[] activations, double[] target, string loss) =>
        Mlp.Backward(x, weights, biases, activations, target, loss, SigmoidPrimeFromZ).Biases;

    // The weights after SGD steps with σ'(z) = z(1 − z).
    public static double[][,] SgdWeightsSigmoidPrimeFromZ(double[] x, double[][,] weights, double[][] biases,
        string[] activations, double[] target, string loss, double learningRate, int steps) =>
        Mlp.Train(x, weights, biases, activations, target, loss, learningRate, steps, SigmoidPrimeFromZ).Weights;

    // The biases after SGD steps with σ'(z) = z(1 − z).
    public static double[][] SgdBiasesSigmoidPrimeFromZ(double[] x, double[][,] weights, double[][] biases,
        string[] activations, double[] target, string loss, double learningRate, int steps) =>
        Mlp.Train(x, weights, biases, activations, target, loss, learningRate, steps, SigmoidPrimeFromZ).Biases;

    private static double SigmoidPrimeFromZ(string name, double z) =>
        name == "sigmoid" ? z * (1 - z) : Activations.Derivative(name, z);

    private static double ReluOneAtZero(string name, double z) =>
        name == "relu" && z == 0 ? 1 : Activations.Derivative(name, z);

    private static double ReluAlwaysOne(string name, double z) => name == "relu" ? 1 : Activations.Derivative(name, z);

    // dLoss/dW negated: dE/do taken as (t − o) instead of (o − t).
    public static double[][,] WeightGradientsWithWrongSign(double[] x, double[][,] weights, double[][] biases,
        string[] activations, double[] target, string loss) =>
        Mlp.WeightGradients(x, weights, biases, activations, target, loss).Select(g => Scale(g, -1)).ToArray();

    // Every layer's dLoss/dW given as x·δᵀ (in×out), the shape of Wᵀ.
    public static double[][,] WeightGradientsTransposed(double[] x, double[][,] weights, double[][] biases,
        string[] activations, double[] target, string loss) =>
        Mlp.WeightGradients(x, weights, biases, activations, target, loss).Select(Tensors.Transpose).ToArray();

    private static double[,] Scale(double[,] m, double factor)
    {
        var result = (double[,])m.Clone();
        for (int i = 0; i < m.GetLength(0); i++)
            for (int j = 0; j < m.GetLength(1); j++)
                result[i, j] *= factor;
        return result;
    }

    // For "mse": dMSE/do = o − t, the 2/n dropped (right for n = 2, as in seed 003); other losses as in the answer.
    public static double[][,] WeightGradientsMseWithoutTwoOverN(
        double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss) =>
        Mlp.Backward(x, weights, biases, activations, target, loss, Activations.Derivative,
            MseGradientWithoutTwoOverN(loss)).Weights;

    // dLoss/db with dMSE/do = o − t.
    public static double[][] BiasGradientsMseWithoutTwoOverN(
        double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss) =>
        Mlp.Backward(x, weights, biases, activations, target, loss, Activations.Derivative,
            MseGradientWithoutTwoOverN(loss)).Biases;

    // The weights after SGD steps with dMSE/do = o − t.
    public static double[][,] SgdWeightsMseWithoutTwoOverN(
        double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss,
            double learningRate, int steps) =>
        Mlp.Train(x, weights, biases, activations, target, loss, learningRate, steps, Activations.Derivative,
            MseGradientWithoutTwoOverN(loss)).Weights;

    // The biases after SGD steps with dMSE/do = o − t.
    public static double[][] SgdBiasesMseWithoutTwoOverN(
        double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss,
            double learningRate, int steps) =>
        Mlp.Train(x, weights, biases, activations, target, loss, learningRate, steps, Activations.Derivative,
            MseGradientWithoutTwoOverN(loss)).Biases;

    private static Func<double[], double[], double[]>? MseGradientWithoutTwoOverN(string loss) =>
        loss == "mse" ? LossesMistakes.MeanSquaredErrorGradientWithoutTwoOverN : null;

    // For "mse": the target's sign flipped, (o + t)² for (o − t)² (seed 003 P3 wrote (−0.5 + 1.5)² for t2 = 0.5,
    // o2 = −1.5); the other losses, whose targets are probabilities, as in the answer.
    public static double LossTargetSignFlipped(
        double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss) =>
        Mlp.Loss(x, weights, biases, activations, FlippedForMse(target, loss), loss);

    // dLoss/dW with the MSE target's sign flipped: dMSE/do = (2/n)(o + t).
    public static double[][,] WeightGradientsTargetSignFlipped(
        double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss) =>
        Mlp.WeightGradients(x, weights, biases, activations, FlippedForMse(target, loss), loss);

    // dLoss/db with the MSE target's sign flipped.
    public static double[][] BiasGradientsTargetSignFlipped(
        double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss) =>
        Mlp.BiasGradients(x, weights, biases, activations, FlippedForMse(target, loss), loss);

    // The weights after SGD steps with the MSE target's sign flipped.
    public static double[][,] SgdWeightsTargetSignFlipped(
        double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss,
            double learningRate, int steps) =>
        Mlp.SgdWeights(x, weights, biases, activations, FlippedForMse(target, loss), loss, learningRate, steps);

    // The biases after SGD steps with the MSE target's sign flipped.
    public static double[][] SgdBiasesTargetSignFlipped(
        double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss,
            double learningRate, int steps) =>
        Mlp.SgdBiases(x, weights, biases, activations, FlippedForMse(target, loss), loss, learningRate, steps);

    private static double[] FlippedForMse(double[] target, string loss) =>
        loss == "mse" ? target.Select(t => -t).ToArray() : target;

    // For "cross_entropy": dCE/do = softmax(o) − t, right only when Σt = 1; the statement's gradient is
    // softmax(o)·Σt − t. Other losses as in the answer.
    public static double[][,] WeightGradientsCrossEntropyForUnitMass(
        double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss) =>
        Mlp.Backward(x, weights, biases, activations, target, loss, Activations.Derivative,
            CrossEntropyGradientForUnitMass(loss)).Weights;

    // dLoss/db with dCE/do = softmax(o) − t.
    public static double[][] BiasGradientsCrossEntropyForUnitMass(
        double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss) =>
        Mlp.Backward(x, weights, biases, activations, target, loss, Activations.Derivative,
            CrossEntropyGradientForUnitMass(loss)).Biases;

    // The weights after SGD steps with dCE/do = softmax(o) − t.
    public static double[][,] SgdWeightsCrossEntropyForUnitMass(
        double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss,
            double learningRate, int steps) =>
        Mlp.Train(x, weights, biases, activations, target, loss, learningRate, steps, Activations.Derivative,
            CrossEntropyGradientForUnitMass(loss)).Weights;

    // The biases after SGD steps with dCE/do = softmax(o) − t.
    public static double[][] SgdBiasesCrossEntropyForUnitMass(
        double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss,
            double learningRate, int steps) =>
        Mlp.Train(x, weights, biases, activations, target, loss, learningRate, steps, Activations.Derivative,
            CrossEntropyGradientForUnitMass(loss)).Biases;

    private static Func<double[], double[], double[]>? CrossEntropyGradientForUnitMass(string loss) =>
        loss == "cross_entropy"
            ? (o, t) => Losses.Softmax(o).Select((p, i) => p - t[i]).ToArray()
            : null;
}
