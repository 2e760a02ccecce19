// The answer key of softmax-regression, a script like the students' own: `grader cases` compiles it and runs it in the
// grading workers to compute every case. W is K×D (row k scores class k), X is N×D (row n is x_n), y holds N labels
// in 0…K−1, λ ≥ 0. Arguments that do not fit throw ArgumentException, so a random draw with a label ≥ K is drawn again.

// softmax(z)_k = e^{z_k − max z} / Σ_j e^{z_j − max z}: the max shift changes nothing but keeps Math.Exp finite.
double[] Softmax(double[] z)
{
    double max = z.Max();
    var e = z.Select(v => Math.Exp(v - max)).ToArray();
    double sum = e.Sum();
    return e.Select(v => v / sum).ToArray();
}

// z_n = W x_n: the K logits of example n.
double[] Logits(double[,] w, double[,] x, int n)
{
    var z = new double[w.GetLength(0)];
    for (int k = 0; k < z.Length; k++)
        for (int d = 0; d < w.GetLength(1); d++)
            z[k] += w[k, d] * x[n, d];
    return z;
}

// −ln softmax(z)_y = logsumexp(z) − z_y, computed without forming a probability that could round to 0.
double CrossEntropy(double[] z, int y)
{
    double max = z.Max();
    return max + Math.Log(z.Sum(v => Math.Exp(v - max))) - z[y];
}

// (λ/2)‖W‖²_F
double Penalty(double[,] w, double lambda)
{
    double sum = 0;
    foreach (var v in w) sum += v * v;
    return lambda / 2 * sum;
}

void CheckShapes(double[,] w, double[,] x, int[] y, double lambda)
{
    if (w.GetLength(0) < 2 || w.GetLength(1) < 1) throw new ArgumentException("W must be K×D with K ≥ 2 and D ≥ 1");
    if (x.GetLength(1) != w.GetLength(1))
        throw new ArgumentException($"X has {x.GetLength(1)} features, W {w.GetLength(1)}");
    if (x.GetLength(0) < 1 || y.Length != x.GetLength(0)) throw new ArgumentException("y needs one label per row of X");
    if (y.Any(label => label < 0 || label >= w.GetLength(0)))
        throw new ArgumentException($"labels must be in 0…{w.GetLength(0) - 1}");
    if (lambda < 0) throw new ArgumentException("λ must not be negative");
}

// L(W) = (1/N) Σ_n −ln softmax(W x_n)_{y_n} + (λ/2)‖W‖²_F
double SoftmaxRegressionLoss(double[,] w, double[,] x, int[] y, double lambda)
{
    CheckShapes(w, x, y, lambda);
    int n = x.GetLength(0);
    double sum = 0;
    for (int i = 0; i < n; i++) sum += CrossEntropy(Logits(w, x, i), y[i]);
    return sum / n + Penalty(w, lambda);
}

// ∂L/∂W = (1/N) Σ_n (softmax(W x_n) − e_{y_n}) x_nᵀ + λW
double[,] SoftmaxRegressionGradient(double[,] w, double[,] x, int[] y, double lambda)
{
    CheckShapes(w, x, y, lambda);
    return Sum(DataGradient(w, x, y), PenaltyGradient(w, lambda));
}

// (1/N) Σ_n (p_n − e_{y_n}) x_nᵀ, p_n = softmax(W x_n): the gradient of the mean cross-entropy.
double[,] DataGradient(double[,] w, double[,] x, int[] y)
{
    int n = x.GetLength(0);
    var grad = new double[w.GetLength(0), w.GetLength(1)];
    for (int i = 0; i < n; i++)
    {
        var p = Softmax(Logits(w, x, i));
        p[y[i]] -= 1;
        for (int k = 0; k < grad.GetLength(0); k++)
            for (int d = 0; d < grad.GetLength(1); d++)
                grad[k, d] += p[k] * x[i, d] / n;
    }
    return grad;
}

// ∂/∂W (λ/2)‖W‖²_F = λW
double[,] PenaltyGradient(double[,] w, double lambda) => Scaled(w, lambda);

double[,] Scaled(double[,] a, double factor)
{
    var result = new double[a.GetLength(0), a.GetLength(1)];
    for (int k = 0; k < a.GetLength(0); k++)
        for (int d = 0; d < a.GetLength(1); d++)
            result[k, d] = factor * a[k, d];
    return result;
}

double[,] Sum(double[,] a, double[,] b)
{
    var result = new double[a.GetLength(0), a.GetLength(1)];
    for (int k = 0; k < a.GetLength(0); k++)
        for (int d = 0; d < a.GetLength(1); d++)
            result[k, d] = a[k, d] + b[k, d];
    return result;
}
