// Seed 003 P3's slip: the target's sign flipped in the MSE, (o + t)² for (o − t)² (the student wrote (−0.5 + 1.5)² for
// t2 = 0.5, o2 = −1.5), and so in its gradient (2/n)(o + t). Everything else is right.

double[] Dense(double[] x, double[,] w, double[] b)
{
    var y = new double[w.GetLength(0)];
    for (int j = 0; j < y.Length; j++)
    {
        y[j] = b[j];
        for (int i = 0; i < x.Length; i++) y[j] += w[j, i] * x[i];
    }
    return y;
}

double[,] DenseWeightGradient(double[] x, double[] dy)
{
    var dw = new double[dy.Length, x.Length];
    for (int j = 0; j < dy.Length; j++)
        for (int i = 0; i < x.Length; i++) dw[j, i] = dy[j] * x[i];
    return dw;
}

double[] DenseInputGradient(double[,] w, double[] dy)
{
    var dx = new double[w.GetLength(1)];
    for (int j = 0; j < dy.Length; j++)
        for (int i = 0; i < dx.Length; i++) dx[i] += w[j, i] * dy[j];
    return dx;
}

double[] DenseBiasGradient(double[] dy) => (double[])dy.Clone();

double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

double Activate(string f, double z) => f switch
{
    "relu" => Math.Max(0, z),
    "sigmoid" => Sigmoid(z),
    "tanh" => Math.Tanh(z),
    _ => z,
};

double Slope(string f, double z) => f switch
{
    "relu" => z > 0 ? 1 : 0,
    "sigmoid" => Sigmoid(z) * (1 - Sigmoid(z)),
    "tanh" => 1 - Math.Tanh(z) * Math.Tanh(z),
    _ => 1,
};

double[][] PreActivations(double[] x, double[][,] weights, double[][] biases, string[] activations)
{
    var z = new double[weights.Length][];
    var h = x;
    for (int l = 0; l < weights.Length; l++)
    {
        z[l] = Dense(h, weights[l], biases[l]);
        h = z[l].Select(v => Activate(activations[l], v)).ToArray();
    }
    return z;
}

double[][] LayerOutputs(double[] x, double[][,] weights, double[][] biases, string[] activations)
{
    var z = PreActivations(x, weights, biases, activations);
    return z.Select((zl, l) => zl.Select(v => Activate(activations[l], v)).ToArray()).ToArray();
}

double[] Forward(double[] x, double[][,] weights, double[][] biases, string[] activations) =>
    LayerOutputs(x, weights, biases, activations).Last();

double[] Softmax(double[] z)
{
    double max = z.Max();
    var e = z.Select(v => Math.Exp(v - max)).ToArray();
    return e.Select(v => v / e.Sum()).ToArray();
}

double Loss(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss)
{
    var o = Forward(x, weights, biases, activations);
    int n = o.Length;
    if (loss == "mse") return o.Select((v, i) => (v + target[i]) * (v + target[i])).Sum() / n;
    if (loss == "binary_cross_entropy")
        return -o.Select((a, i) => (target[i] == 0 ? 0 : target[i] * Math.Log(a)) + (target[i] == 1 ? 0 : (1 - target[i]) * Math.Log(1 - a))).Sum() / n;
    var p = Softmax(o);
    return -target.Select((t, i) => t * Math.Log(p[i])).Sum();
}

// dLoss/do for the network output o.
double[] OutputGradient(double[] o, double[] t, string loss)
{
    int n = o.Length;
    if (loss == "mse") return o.Select((v, i) => 2.0 / n * (v + t[i])).ToArray();
    if (loss == "binary_cross_entropy") return o.Select((a, i) => (a - t[i]) / (a * (1 - a)) / n).ToArray();
    var p = Softmax(o);
    return p.Select((v, i) => v * t.Sum() - t[i]).ToArray();
}

(double[][,] dW, double[][] dB) Backprop(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss)
{
    var z = PreActivations(x, weights, biases, activations);
    var h = LayerOutputs(x, weights, biases, activations);
    int L = weights.Length;
    var dW = new double[L][,];
    var dB = new double[L][];
    var grad = OutputGradient(h[L - 1], target, loss);
    for (int l = L - 1; l >= 0; l--)
    {
        var delta = z[l].Select((v, j) => grad[j] * Slope(activations[l], v)).ToArray();
        dW[l] = DenseWeightGradient(l == 0 ? x : h[l - 1], delta);
        dB[l] = DenseBiasGradient(delta);
        grad = DenseInputGradient(weights[l], delta);
    }
    return (dW, dB);
}

double[][,] WeightGradients(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss) =>
    Backprop(x, weights, biases, activations, target, loss).dW;

double[][] BiasGradients(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss) =>
    Backprop(x, weights, biases, activations, target, loss).dB;

(double[][,] W, double[][] B) Train(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss, double eta, int steps)
{
    var w = weights.Select(m => (double[,])m.Clone()).ToArray();
    var b = biases.Select(v => (double[])v.Clone()).ToArray();
    for (int step = 0; step < steps; step++)
    {
        var (dW, dB) = Backprop(x, w, b, activations, target, loss);
        for (int l = 0; l < w.Length; l++)
            for (int j = 0; j < w[l].GetLength(0); j++)
            {
                b[l][j] -= eta * dB[l][j];
                for (int i = 0; i < w[l].GetLength(1); i++) w[l][j, i] -= eta * dW[l][j, i];
            }
    }
    return (w, b);
}

double[][,] SgdWeights(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss, double eta, int steps) =>
    Train(x, weights, biases, activations, target, loss, eta, steps).W;

double[][] SgdBiases(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss, double eta, int steps) =>
    Train(x, weights, biases, activations, target, loss, eta, steps).B;
