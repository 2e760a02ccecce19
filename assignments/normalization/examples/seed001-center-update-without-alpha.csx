// Seed 001 Q6b: C_j = C_{j−1} − ΔC_j, the center learning rate α left out of the update.

double[] BatchMean(double[,] x)
{
    int n = x.GetLength(0), d = x.GetLength(1);
    var mu = new double[d];
    for (int j = 0; j < d; j++)
    {
        for (int i = 0; i < n; i++) mu[j] += x[i, j];
        mu[j] /= n;
    }
    return mu;
}

double[] BatchVariance(double[,] x)
{
    int n = x.GetLength(0), d = x.GetLength(1);
    var mu = BatchMean(x);
    var v = new double[d];
    for (int j = 0; j < d; j++)
    {
        for (int i = 0; i < n; i++) v[j] += (x[i, j] - mu[j]) * (x[i, j] - mu[j]);
        v[j] /= n;
    }
    return v;
}

double[,] Normalize(double[,] x, double[] mean, double[] variance, double[] gamma, double[] beta, double eps)
{
    int n = x.GetLength(0), d = x.GetLength(1);
    var y = new double[n, d];
    for (int i = 0; i < n; i++)
        for (int j = 0; j < d; j++)
            y[i, j] = gamma[j] * (x[i, j] - mean[j]) / Math.Sqrt(variance[j] + eps) + beta[j];
    return y;
}

double[,] BatchNormForward(double[,] x, double[] gamma, double[] beta, double eps) =>
    Normalize(x, BatchMean(x), BatchVariance(x), gamma, beta, eps);

double[] RunningAverage(double[] running, double[] batch, double momentum) =>
    running.Select((r, j) => momentum * r + (1 - momentum) * batch[j]).ToArray();

double[,] BatchNormInference(double[,] x, double[] gamma, double[] beta, double[] runningMean, double[] runningVariance, double eps) =>
    Normalize(x, runningMean, runningVariance, gamma, beta, eps);

// Chain rule step by step, as on the blackboard: dx̂ → dσ² → dμ → dx.
double[,] BatchNormInputGradient(double[,] x, double[] gamma, double[,] dy, double eps)
{
    int n = x.GetLength(0), d = x.GetLength(1);
    var mu = BatchMean(x);
    var v = BatchVariance(x);
    var dx = new double[n, d];
    for (int j = 0; j < d; j++)
    {
        double inv = 1 / Math.Sqrt(v[j] + eps);
        double dVar = 0, dMu = 0, sumCentered = 0;
        for (int i = 0; i < n; i++)
        {
            double dxhat = dy[i, j] * gamma[j];
            dVar += dxhat * (x[i, j] - mu[j]) * -0.5 * inv * inv * inv;
            dMu += -dxhat * inv;
            sumCentered += -2 * (x[i, j] - mu[j]);
        }
        dMu += dVar * sumCentered / n;
        for (int i = 0; i < n; i++)
            dx[i, j] = dy[i, j] * gamma[j] * inv + dVar * 2 * (x[i, j] - mu[j]) / n + dMu / n;
    }
    return dx;
}

double[] BatchNormGammaGradient(double[,] x, double[,] dy, double eps)
{
    var xhat = Normalize(x, BatchMean(x), BatchVariance(x), Enumerable.Repeat(1.0, x.GetLength(1)).ToArray(), new double[x.GetLength(1)], eps);
    var g = new double[x.GetLength(1)];
    for (int i = 0; i < x.GetLength(0); i++)
        for (int j = 0; j < x.GetLength(1); j++)
            g[j] += dy[i, j] * xhat[i, j];
    return g;
}

double[] BatchNormBetaGradient(double[,] dy)
{
    var g = new double[dy.GetLength(1)];
    for (int i = 0; i < dy.GetLength(0); i++)
        for (int j = 0; j < dy.GetLength(1); j++)
            g[j] += dy[i, j];
    return g;
}

double[,] MaskScale(double[,] a, bool[,] mask, double p)
{
    var r = new double[a.GetLength(0), a.GetLength(1)];
    for (int i = 0; i < a.GetLength(0); i++)
        for (int j = 0; j < a.GetLength(1); j++)
            r[i, j] = mask[i, j] ? a[i, j] / p : 0;
    return r;
}

double[,] InvertedDropoutForward(double[,] x, bool[,] mask, double keepProbability) => MaskScale(x, mask, keepProbability);
double[,] InvertedDropoutBackward(double[,] dy, bool[,] mask, double keepProbability) => MaskScale(dy, mask, keepProbability);

double[,] ExpectedDroppedInput(double[,] x, double p)
{
    var r = new double[x.GetLength(0), x.GetLength(1)];
    for (int i = 0; i < x.GetLength(0); i++)
        for (int j = 0; j < x.GetLength(1); j++)
            r[i, j] = p * x[i, j];
    return r;
}

double[,] ExpectedDroppedGram(double[,] x, double p)
{
    int n = x.GetLength(0), d = x.GetLength(1);
    var g = new double[d, d];
    for (int a = 0; a < d; a++)
        for (int b = 0; b < d; b++)
        {
            double s = 0;
            for (int k = 0; k < n; k++) s += x[k, a] * x[k, b];
            g[a, b] = a == b ? p * s : p * p * s; // E[D²] = p on the diagonal, E[D]E[D] = p² off it
        }
    return g;
}

double DroppedSquaredError(double[,] x, double[] y, double[] w, bool[,] mask)
{
    double loss = 0;
    for (int i = 0; i < x.GetLength(0); i++)
    {
        double pred = 0;
        for (int j = 0; j < x.GetLength(1); j++) if (mask[i, j]) pred += x[i, j] * w[j];
        loss += (y[i] - pred) * (y[i] - pred);
    }
    return loss;
}

double ExpectedDroppedSquaredError(double[,] x, double[] y, double[] w, double p)
{
    double fit = 0, penalty = 0;
    for (int i = 0; i < x.GetLength(0); i++)
    {
        double pred = 0;
        for (int j = 0; j < x.GetLength(1); j++) pred += x[i, j] * w[j];
        fit += (y[i] - p * pred) * (y[i] - p * pred);
    }
    for (int j = 0; j < x.GetLength(1); j++)
    {
        double colNorm2 = 0;
        for (int i = 0; i < x.GetLength(0); i++) colNorm2 += x[i, j] * x[i, j];
        penalty += colNorm2 * w[j] * w[j];
    }
    return fit + p * (1 - p) * penalty;
}

double CenterLossValue(double[,] x, int[] labels, double[,] centers)
{
    double loss = 0;
    for (int i = 0; i < x.GetLength(0); i++)
        for (int f = 0; f < x.GetLength(1); f++)
            loss += 0.5 * Math.Pow(x[i, f] - centers[labels[i], f], 2);
    return loss;
}

double[,] CenterLossGradient(double[,] x, int[] labels, double[,] centers)
{
    var g = new double[x.GetLength(0), x.GetLength(1)];
    for (int i = 0; i < x.GetLength(0); i++)
        for (int f = 0; f < x.GetLength(1); f++)
            g[i, f] = x[i, f] - centers[labels[i], f];
    return g;
}

double[,] CenterDelta(double[,] x, int[] labels, double[,] centers)
{
    int k = centers.GetLength(0), d = centers.GetLength(1);
    var delta = new double[k, d];
    for (int j = 0; j < k; j++)
    {
        int count = labels.Count(l => l == j);
        for (int f = 0; f < d; f++)
        {
            double s = 0;
            for (int i = 0; i < labels.Length; i++) if (labels[i] == j) s += centers[j, f] - x[i, f];
            delta[j, f] = s / (1 + count);
        }
    }
    return delta;
}

double[,] CenterUpdate(double[,] x, int[] labels, double[,] centers, double alpha)
{
    var delta = CenterDelta(x, labels, centers);
    var c = new double[centers.GetLength(0), centers.GetLength(1)];
    for (int j = 0; j < c.GetLength(0); j++)
        for (int f = 0; f < c.GetLength(1); f++)
            c[j, f] = centers[j, f] - delta[j, f];
    return c;
}
