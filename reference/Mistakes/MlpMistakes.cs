namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong answers for the dense network (HOMEWORK.md §3), with the same parameters as the
/// correct functions in <see cref="Mlp"/>: a result that matches one of these names the mistake.
/// </summary>
public static class MlpMistakes
{
    // dL/dW = x · dL/dyᵀ (in×out): the outer product taken the wrong way round, the shape of Wᵀ.
    public static double[,] DenseWeightGradientTransposed(double[] x, double[] dy) => Mlp.DenseWeightGradient(dy, x);

    // W ← W + η·dLoss/dW: gradient ascent, the loss grows.
    public static double[][,] SgdWeightsWithWrongSign(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss, double learningRate, int steps) =>
        Mlp.SgdWeights(x, weights, biases, activations, target, loss, -learningRate, steps);

    // ReLU'(z) taken as 1 everywhere in the backward pass: in seed 003, w12 and w22 change although the hidden unit
    // is dead (z2 = −0.5, h2 = 0) and passes no gradient back.
    public static double[][,] SgdWeightsThroughDeadRelu(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss, double learningRate, int steps) =>
        Mlp.Train(x, weights, biases, activations, target, loss, learningRate, steps, ReluAlwaysOne).Weights;

    // MSE as ½ Σ (o − t)² instead of (1/n) Σ (o − t)²: equal when n = 2 (seed 003), different otherwise.
    public static double LossHalfSumOfSquares(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss)
    {
        double correct = Mlp.Loss(x, weights, biases, activations, target, loss);
        return loss == "mse" ? correct * target.Length / 2 : correct;
    }

    // dLoss/dW with ReLU'(z) = 1 everywhere: the dead unit of seed 003 gets a gradient.
    public static double[][,] WeightGradientsThroughDeadRelu(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss) =>
        Gradients(x, weights, biases, activations, target, loss, ReluAlwaysOne).Weights;

    // dLoss/db with ReLU'(z) = 1 everywhere.
    public static double[][] BiasGradientsThroughDeadRelu(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss) =>
        Gradients(x, weights, biases, activations, target, loss, ReluAlwaysOne).Biases;

    // dLoss/db negated: dE/do taken as (t − o).
    public static double[][] BiasGradientsWithWrongSign(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss) =>
        Mlp.BiasGradients(x, weights, biases, activations, target, loss).Select(g => g.Select(v => -v).ToArray()).ToArray();

    // b ← b + η·dLoss/db, together with the weights (gradient ascent).
    public static double[][] SgdBiasesWithWrongSign(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss, double learningRate, int steps) =>
        Mlp.SgdBiases(x, weights, biases, activations, target, loss, -learningRate, steps);

    // The biases after SGD steps whose backward pass takes ReLU'(z) = 1 everywhere.
    public static double[][] SgdBiasesThroughDeadRelu(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss, double learningRate, int steps) =>
        Mlp.Train(x, weights, biases, activations, target, loss, learningRate, steps, ReluAlwaysOne).Biases;

    private static double ReluAlwaysOne(string name, double z) => name == "relu" ? 1 : Activations.Derivative(name, z);

    // dLoss/dW negated: dE/do taken as (t − o) instead of (o − t).
    public static double[][,] WeightGradientsWithWrongSign(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss) =>
        Mlp.WeightGradients(x, weights, biases, activations, target, loss).Select(g => Scale(g, -1)).ToArray();

    // Every layer's dLoss/dW given as x·δᵀ (in×out), the shape of Wᵀ.
    public static double[][,] WeightGradientsTransposed(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss) =>
        Mlp.WeightGradients(x, weights, biases, activations, target, loss).Select(Tensors.Transpose).ToArray();

    private static (double[][,] Weights, double[][] Biases) Gradients(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss, Func<string, double, double> derivative)
    {
        var z = Mlp.PreActivations(x, weights, biases, activations);
        var h = Mlp.LayerOutputs(x, weights, biases, activations).Prepend(x).ToArray();
        var dw = new double[weights.Length][,];
        var db = new double[weights.Length][];
        var dh = Losses.Gradient(loss, h[^1], target);
        for (int l = weights.Length - 1; l >= 0; l--)
        {
            var delta = z[l].Select((v, j) => dh[j] * derivative(activations[l], v)).ToArray();
            dw[l] = Mlp.DenseWeightGradient(h[l], delta);
            db[l] = delta;
            dh = Mlp.DenseInputGradient(weights[l], delta);
        }
        return (dw, db);
    }

    private static double[,] Scale(double[,] m, double factor)
    {
        var result = (double[,])m.Clone();
        for (int i = 0; i < m.GetLength(0); i++)
            for (int j = 0; j < m.GetLength(1); j++)
                result[i, j] *= factor;
        return result;
    }
}
