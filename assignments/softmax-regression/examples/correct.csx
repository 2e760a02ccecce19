// Loss and gradient of softmax regression, one example at a time.

double[] Probabilities(double[,] w, double[,] x, int n)
{
    int classes = w.GetLength(0), features = w.GetLength(1);
    var z = new double[classes];
    for (int k = 0; k < classes; k++)
        for (int d = 0; d < features; d++)
            z[k] += w[k, d] * x[n, d];
    double max = z.Max();
    var e = z.Select(v => Math.Exp(v - max)).ToArray();
    double total = e.Sum();
    return e.Select(v => v / total).ToArray();
}

double SoftmaxRegressionLoss(double[,] w, double[,] x, int[] y, double lambda)
{
    int n = x.GetLength(0);
    double loss = 0;
    for (int i = 0; i < n; i++)
    {
        int classes = w.GetLength(0);
        var z = new double[classes];
        for (int k = 0; k < classes; k++)
            for (int d = 0; d < w.GetLength(1); d++)
                z[k] += w[k, d] * x[i, d];
        double max = z.Max();
        loss += max + Math.Log(z.Sum(v => Math.Exp(v - max))) - z[y[i]];
    }
    double squares = 0;
    foreach (var v in w) squares += v * v;
    return loss / n + 0.5 * lambda * squares;
}

double[,] SoftmaxRegressionGradient(double[,] w, double[,] x, int[] y, double lambda)
{
    int n = x.GetLength(0), classes = w.GetLength(0), features = w.GetLength(1);
    var grad = new double[classes, features];
    for (int i = 0; i < n; i++)
    {
        var p = Probabilities(w, x, i);
        for (int k = 0; k < classes; k++)
        {
            double error = p[k] - (k == y[i] ? 1 : 0);
            for (int d = 0; d < features; d++) grad[k, d] += error * x[i, d];
        }
    }
    for (int k = 0; k < classes; k++)
        for (int d = 0; d < features; d++)
            grad[k, d] = grad[k, d] / n + lambda * w[k, d];
    return grad;
}
