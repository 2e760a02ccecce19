// The loss has its penalty; the gradient only back-propagates the cross-entropy and forgets the penalty's λW.

double SoftmaxRegressionLoss(double[,] w, double[,] x, int[] y, double lambda)
{
    int n = x.GetLength(0), classes = w.GetLength(0), features = w.GetLength(1);
    double total = 0;
    for (int i = 0; i < n; i++)
    {
        var z = new double[classes];
        for (int k = 0; k < classes; k++)
            for (int d = 0; d < features; d++)
                z[k] += w[k, d] * x[i, d];
        double max = z.Max();
        total += Math.Log(z.Sum(v => Math.Exp(v - max))) + max - z[y[i]];
    }
    double penalty = 0;
    for (int k = 0; k < classes; k++)
        for (int d = 0; d < features; d++)
            penalty += w[k, d] * w[k, d];
    return total / n + lambda * penalty / 2;
}

double[,] SoftmaxRegressionGradient(double[,] w, double[,] x, int[] y, double lambda)
{
    int n = x.GetLength(0), classes = w.GetLength(0), features = w.GetLength(1);
    var grad = new double[classes, features];
    for (int i = 0; i < n; i++)
    {
        var z = new double[classes];
        for (int k = 0; k < classes; k++)
            for (int d = 0; d < features; d++)
                z[k] += w[k, d] * x[i, d];
        double max = z.Max(), sum = z.Sum(v => Math.Exp(v - max));
        for (int k = 0; k < classes; k++)
        {
            double delta = Math.Exp(z[k] - max) / sum - (k == y[i] ? 1 : 0);
            for (int d = 0; d < features; d++) grad[k, d] += delta * x[i, d] / n;
        }
    }
    return grad;
}
