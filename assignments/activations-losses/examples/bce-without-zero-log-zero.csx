// Typical mistake: BCE written term by term without 0·ln 0 = 0, so a = y = 1 or a = y = 0 gives 0·(−∞) = NaN.

double Sigmoid(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));
double SigmoidDerivative(double x) { double s = Sigmoid(x); return s * (1 - s); }
double Tanh(double x) => Math.Tanh(x);
double TanhDerivative(double x) { double t = Math.Tanh(x); return 1 - t * t; }
double Relu(double x) => x > 0 ? x : 0;
double ReluDerivative(double x) => x > 0 ? 1 : 0;
double LeakyRelu(double x, double alpha) => x > 0 ? x : alpha * x;
double LeakyReluDerivative(double x, double alpha) => x > 0 ? 1 : alpha;

// α multiplies only the negative inputs: ∂y_i/∂α = min(0, x_i).
double PreluAlphaGradient(double[] x, double[] dy)
{
    double g = 0;
    for (int i = 0; i < x.Length; i++)
        if (x[i] < 0) g += dy[i] * x[i];
    return g;
}

double Softplus(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));
double SoftplusDerivative(double x) => Sigmoid(x);
double Swish(double x) => x * Sigmoid(x);
double SwishDerivative(double x) => Swish(x) + Sigmoid(x) * (1 - Swish(x));
double SwishBeta(double x, double beta) => x * Sigmoid(beta * x);

// Product rule: σ(βx) + x·β·σ(βx)(1 − σ(βx)).
double SwishBetaDerivative(double x, double beta)
{
    double s = Sigmoid(beta * x);
    return s + beta * x * s * (1 - s);
}

double Mish(double x) => x * Math.Tanh(Softplus(x));

// tanh(sp) + x·sech²(sp)·σ(x), sp = softplus(x): no division by x, so x = 0 is fine.
double MishDerivative(double x)
{
    double t = Math.Tanh(Softplus(x));
    return t + x * (1 - t * t) * Sigmoid(x);
}

double MeanSquaredError(double[] output, double[] target)
{
    double sum = 0;
    for (int i = 0; i < output.Length; i++) sum += (output[i] - target[i]) * (output[i] - target[i]);
    return sum / output.Length;
}

double[] MeanSquaredErrorGradient(double[] output, double[] target)
{
    int n = output.Length;
    var g = new double[n];
    for (int i = 0; i < n; i++) g[i] = 2.0 * (output[i] - target[i]) / n;
    return g;
}

double BinaryCrossEntropy(double[] a, double[] y)
{
    double sum = 0;
    for (int i = 0; i < a.Length; i++)
    {
        sum += -(y[i] * Math.Log(a[i]) + (1 - y[i]) * Math.Log(1 - a[i]));
    }
    return sum / a.Length;
}

double[] BinaryCrossEntropyGradient(double[] a, double[] y) =>
    a.Select((ai, i) => (-y[i] / ai + (1 - y[i]) / (1 - ai)) / a.Length).ToArray();

double[] Softmax(double[] z)
{
    double max = z.Max();
    var e = z.Select(v => Math.Exp(v - max)).ToArray();
    double total = e.Sum();
    return e.Select(v => v / total).ToArray();
}

double SoftmaxCrossEntropy(double[] logits, double[] target)
{
    var p = Softmax(logits);
    double loss = 0;
    for (int i = 0; i < p.Length; i++)
        if (target[i] != 0) loss -= target[i] * Math.Log(p[i]);
    return loss;
}

double[] SoftmaxCrossEntropyGradient(double[] logits, double[] target)
{
    var p = Softmax(logits);
    return p.Select((pi, i) => pi - target[i]).ToArray();
}

double QuadraticCostDelta(double z, double y) => (Sigmoid(z) - y) * SigmoidDerivative(z);
double CrossEntropyCostDelta(double z, double y) => Sigmoid(z) - y;

double XavierUniformBound(int fanIn, int fanOut) => Math.Sqrt(6.0 / (fanIn + fanOut));
double HeNormalVariance(int fanIn) => 2.0 / fanIn;
double HeNormalStandardDeviation(int fanIn) => Math.Sqrt(2.0 / fanIn);
