// Uses λ‖W‖² as the penalty (no ½), consistently: the loss is too high and the gradient's penalty term is 2λW.

double[] Logits(double[,] w, double[,] x, int n)
{
    var z = new double[w.GetLength(0)];
    for (int k = 0; k < z.Length; k++)
        for (int d = 0; d < w.GetLength(1); d++)
            z[k] += w[k, d] * x[n, d];
    return z;
}

double SoftmaxRegressionLoss(double[,] w, double[,] x, int[] y, double lambda)
{
    double mean = 0;
    for (int n = 0; n < x.GetLength(0); n++)
    {
        var z = Logits(w, x, n);
        double max = z.Max();
        mean += (max + Math.Log(z.Sum(v => Math.Exp(v - max))) - z[y[n]]) / x.GetLength(0);
    }
    return mean + lambda * w.Cast<double>().Sum(v => v * v);
}

double[,] SoftmaxRegressionGradient(double[,] w, double[,] x, int[] y, double lambda)
{
    var grad = new double[w.GetLength(0), w.GetLength(1)];
    for (int n = 0; n < x.GetLength(0); n++)
    {
        var z = Logits(w, x, n);
        double max = z.Max(), sum = z.Sum(v => Math.Exp(v - max));
        for (int k = 0; k < z.Length; k++)
            for (int d = 0; d < w.GetLength(1); d++)
                grad[k, d] += (Math.Exp(z[k] - max) / sum - (k == y[n] ? 1 : 0)) * x[n, d] / x.GetLength(0);
    }
    for (int k = 0; k < w.GetLength(0); k++)
        for (int d = 0; d < w.GetLength(1); d++)
            grad[k, d] += 2 * lambda * w[k, d];
    return grad;
}
