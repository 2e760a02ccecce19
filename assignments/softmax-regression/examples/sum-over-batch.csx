// Adds up every example's loss and gradient, and forgets to divide by the batch size.

double[] Softmax(double[] z)
{
    double max = z.Max();
    var e = z.Select(v => Math.Exp(v - max)).ToArray();
    return e.Select(v => v / e.Sum()).ToArray();
}

double[] Scores(double[,] w, double[,] x, int n) =>
    Enumerable.Range(0, w.GetLength(0))
        .Select(k => Enumerable.Range(0, w.GetLength(1)).Sum(d => w[k, d] * x[n, d])).ToArray();

double SoftmaxRegressionLoss(double[,] w, double[,] x, int[] y, double lambda)
{
    double loss = 0;
    for (int n = 0; n < x.GetLength(0); n++) loss -= Math.Log(Softmax(Scores(w, x, n))[y[n]]);
    double norm = 0;
    foreach (var v in w) norm += v * v;
    return loss + lambda / 2 * norm;
}

double[,] SoftmaxRegressionGradient(double[,] w, double[,] x, int[] y, double lambda)
{
    var grad = new double[w.GetLength(0), w.GetLength(1)];
    for (int n = 0; n < x.GetLength(0); n++)
    {
        var p = Softmax(Scores(w, x, n));
        p[y[n]] -= 1;
        for (int k = 0; k < w.GetLength(0); k++)
            for (int d = 0; d < w.GetLength(1); d++)
                grad[k, d] += p[k] * x[n, d];
    }
    for (int k = 0; k < w.GetLength(0); k++)
        for (int d = 0; d < w.GetLength(1); d++)
            grad[k, d] += lambda * w[k, d];
    return grad;
}
