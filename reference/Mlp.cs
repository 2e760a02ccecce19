namespace Grader.Reference;

/// <summary>
/// Dense layers and a multi-layer perceptron trained by backpropagation and SGD (docs/homework-sources.md#mlp-by-hand;
/// seed 003 P3). Weight layout: W is out×in, W[j, i] connects input i to output unit j, so y = W x + b. Seed 003 names
/// that weight w_ij (input i → unit j) and prints the first layer as [[w11, w12], [w21, w22]], which is Wᵀ. A
/// network is weights[l] (out_l × in_l), biases[l] (out_l) and activations[l], one of linear, relu, sigmoid, tanh,
/// softplus, swish, mish; the loss is mse, binary_cross_entropy or cross_entropy (softmax applied to the last layer's
/// output). Every function takes one example x and its target.
/// </summary>
public static class Mlp
{
    // y = W x + b, W out×in.
    public static double[] Dense(double[] x, double[,] w, double[] b)
    {
        int outputs = w.GetLength(0), inputs = w.GetLength(1);
        if (x.Length != inputs)
            throw new ArgumentException($"x has {x.Length} values but W ({outputs}×{inputs}) expects {inputs}");
        if (b.Length != outputs)
            throw new ArgumentException($"b has {b.Length} values but W ({outputs}×{inputs}) has {outputs} rows");
        var y = new double[outputs];
        for (int j = 0; j < outputs; j++)
        {
            y[j] = b[j];
            for (int i = 0; i < inputs; i++) y[j] += w[j, i] * x[i];
        }
        return y;
    }

    // dL/dW = dL/dy · xᵀ, i.e. dL/dW[j, i] = dL/dy_j · x_i (out×in, the shape of W).
    public static double[,] DenseWeightGradient(double[] x, double[] dy)
    {
        var dw = new double[dy.Length, x.Length];
        for (int j = 0; j < dy.Length; j++)
            for (int i = 0; i < x.Length; i++)
                dw[j, i] = dy[j] * x[i];
        return dw;
    }

    // dL/dx = Wᵀ · dL/dy.
    public static double[] DenseInputGradient(double[,] w, double[] dy)
    {
        int outputs = w.GetLength(0), inputs = w.GetLength(1);
        if (dy.Length != outputs) throw new ArgumentException($"dL/dy has {dy.Length} values but W has {outputs} rows");
        var dx = new double[inputs];
        for (int j = 0; j < outputs; j++)
            for (int i = 0; i < inputs; i++)
                dx[i] += w[j, i] * dy[j];
        return dx;
    }

    // dL/db = dL/dy: each bias enters its own output with coefficient 1.
    public static double[] DenseBiasGradient(double[] dy) => (double[])dy.Clone();

    // h_0 = x, z_l = W_l h_{l−1} + b_l, h_l = f_l(z_l); returns the network output h_L.
    public static double[] Forward(double[] x, double[][,] weights, double[][] biases, string[] activations) =>
        Run(x, weights, biases, activations).H[^1];

    // The pre-activations z_1 … z_L (seed 003: z = (2, −0.5) in the hidden layer).
    public static double[][] PreActivations(double[] x, double[][,] weights, double[][] biases, string[] activations) =>
        Run(x, weights, biases, activations).Z;

    // The layer outputs h_1 … h_L (seed 003: h = (2, 0), o = (0, −1.5)).
    public static double[][] LayerOutputs(double[] x, double[][,] weights, double[][] biases, string[] activations) =>
        Run(x, weights, biases, activations).H[1..];

    // Loss(h_L, target) for the named loss (seed 003: MSE = 2.5).
    public static double Loss(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target,
        string loss)
    {
        Losses.CheckName(loss);
        return Losses.Apply(loss, Forward(x, weights, biases, activations), target);
    }

    // dLoss/dW_l = δ_l h_{l−1}ᵀ with δ_L = dLoss/dh_L ⊙ f_L'(z_L),
    // δ_{l−1} = (W_lᵀ δ_l) ⊙ f_{l−1}'(z_{l−1}).
    public static double[][,] WeightGradients(double[] x, double[][,] weights, double[][] biases, string[] activations,
        double[] target, string loss) =>
        Backward(x, weights, biases, activations, target, loss, Activations.Derivative).Weights;

    // dLoss/db_l = δ_l.
    public static double[][] BiasGradients(double[] x, double[][,] weights, double[][] biases, string[] activations,
        double[] target, string loss) =>
        Backward(x, weights, biases, activations, target, loss, Activations.Derivative).Biases;

    // W_l ← W_l − η·dLoss/dW_l, repeated `steps` times on the same example;
    // returns the new weights (inputs untouched).
    public static double[][,] SgdWeights(double[] x, double[][,] weights, double[][] biases, string[] activations,
        double[] target, string loss, double learningRate, int steps) =>
        Train(x, weights, biases, activations, target, loss, learningRate, steps, Activations.Derivative).Weights;

    // b_l ← b_l − η·dLoss/db_l, updated together with the weights; returns the new biases.
    public static double[][] SgdBiases(double[] x, double[][,] weights, double[][] biases, string[] activations,
        double[] target, string loss, double learningRate, int steps) =>
        Train(x, weights, biases, activations, target, loss, learningRate, steps, Activations.Derivative).Biases;

    private static (double[][] Z, double[][] H) Run(double[] x, double[][,] weights, double[][] biases,
        string[] activations)
    {
        int layers = weights.Length;
        if (layers == 0) throw new ArgumentException("the network needs at least one layer");
        if (biases.Length != layers || activations.Length != layers)
            throw new ArgumentException($"{layers} weight matrices but {biases.Length} bias vectors and " +
                $"{activations.Length} activations");
        var z = new double[layers][];
        var h = new double[layers + 1][];
        h[0] = x;
        for (int l = 0; l < layers; l++)
        {
            Activations.CheckName(activations[l]);
            z[l] = Dense(h[l], weights[l], biases[l]);
            h[l + 1] = z[l].Select(v => Activations.Apply(activations[l], v)).ToArray();
        }
        return (z, h);
    }

    // `derivative` (activation name, z) ↦ f'(z) and `outputGradient` (output, target) ↦ dLoss/dh_L (null: the
    // loss's own) are parameters only so that Mistakes can backpropagate a wrong one.
    internal static (double[][,] Weights, double[][] Biases) Backward(double[] x, double[][,] weights,
        double[][] biases, string[] activations, double[] target, string loss, Func<string, double, double> derivative,
        Func<double[], double[], double[]>? outputGradient = null)
    {
        Losses.CheckName(loss);
        var (z, h) = Run(x, weights, biases, activations);
        int layers = weights.Length;
        var dw = new double[layers][,];
        var db = new double[layers][];
        var dh = (outputGradient ?? ((o, t) => Losses.Gradient(loss, o, t)))(h[layers], target);
        for (int l = layers - 1; l >= 0; l--)
        {
            var delta = z[l].Select((v, j) => dh[j] * derivative(activations[l], v)).ToArray();
            dw[l] = DenseWeightGradient(h[l], delta);
            db[l] = DenseBiasGradient(delta);
            dh = DenseInputGradient(weights[l], delta);
        }
        return (dw, db);
    }

    internal static (double[][,] Weights, double[][] Biases) Train(double[] x, double[][,] weights, double[][] biases,
        string[] activations, double[] target, string loss, double learningRate, int steps,
        Func<string, double, double> derivative, Func<double[], double[], double[]>? outputGradient = null)
    {
        if (steps < 0) throw new ArgumentException($"steps must be ≥ 0, got {steps}");
        if (!double.IsFinite(learningRate))
            throw new ArgumentException($"the learning rate must be finite, got {learningRate}");
        Losses.CheckName(loss);
        var w = weights.Select(m => (double[,])m.Clone()).ToArray();
        var b = biases.Select(v => (double[])v.Clone()).ToArray();
        Run(x, w, b, activations);
        for (int step = 0; step < steps; step++)
        {
            var (dw, db) = Backward(x, w, b, activations, target, loss, derivative, outputGradient);
            for (int l = 0; l < w.Length; l++)
            {
                var values = w[l];
                for (int j = 0; j < values.GetLength(0); j++)
                {
                    b[l][j] -= learningRate * db[l][j];
                    for (int i = 0; i < values.GetLength(1); i++) values[j, i] -= learningRate * dw[l][j, i];
                }
            }
        }
        return (w, b);
    }
}
