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
        Mlp.Train(x, weights, biases, activations, target, loss, learningRate, steps,
            (name, z) => name == "relu" ? 1 : Activations.Derivative(name, z)).Weights;
}
