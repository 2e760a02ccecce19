namespace Grader.Reference;

/// <summary>
/// Batch normalisation of a batch x of N samples × D features, each feature on its own (Ioffe &amp; Szegedy 2015,
/// Algorithm 1; docs/homework-sources.md#normalization, seed 001 Q3). γ, β and every statistic have length D.
/// Training uses the batch statistics with the biased variance (1/N), as the paper's Algorithm 1 does. Running
/// statistics follow the Keras convention: running ← momentum·running + (1 − momentum)·batch.
/// </summary>
public static class BatchNorm
{
    // μ_j = (1/N) Σ_i x_ij
    public static double[] BatchMean(double[,] x)
    {
        var (n, d) = CheckBatch(x);
        var mean = new double[d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++)
                mean[j] += x[i, j] / n;
        return mean;
    }

    // σ²_j = (1/N) Σ_i (x_ij − μ_j)²   (biased: the variance Algorithm 1 normalises with)
    public static double[] BatchVariance(double[,] x)
    {
        var (n, d) = CheckBatch(x);
        var mean = BatchMean(x);
        var variance = new double[d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++)
                variance[j] += (x[i, j] - mean[j]) * (x[i, j] - mean[j]) / n;
        return variance;
    }

    // x̂_ij = (x_ij − μ_j) / √(σ²_j + ε)
    public static double[,] BatchStandardize(double[,] x, double eps) =>
        Standardize(x, BatchMean(x), BatchVariance(x), eps);

    // y_ij = γ_j x̂_ij + β_j with the batch statistics (training forward)
    public static double[,] BatchNormForward(double[,] x, double[] gamma, double[] beta, double eps) =>
        ScaleAndShift(BatchStandardize(x, eps), gamma, beta);

    // running_j ← momentum·running_j + (1 − momentum)·batch_j   (same update for the mean and the variance)
    public static double[] RunningAverage(double[] running, double[] batch, double momentum)
    {
        ArgumentNullException.ThrowIfNull(running);
        ArgumentNullException.ThrowIfNull(batch);
        if (running.Length != batch.Length)
            throw new ArgumentException($"running statistic has length {running.Length}, batch statistic " +
                $"{batch.Length}: they must match");
        if (!(momentum >= 0 && momentum <= 1))
            throw new ArgumentException($"momentum must be in [0, 1], got {momentum}");
        var updated = new double[running.Length];
        for (int j = 0; j < updated.Length; j++) updated[j] = momentum * running[j] + (1 - momentum) * batch[j];
        return updated;
    }

    // y_ij = γ_j (x_ij − μ̄_j) / √(σ̄²_j + ε) + β_j
    // with the running statistics μ̄, σ̄² (inference forward)
    public static double[,] BatchNormInference(
        double[,] x, double[] gamma, double[] beta, double[] runningMean, double[] runningVariance, double eps) =>
        ScaleAndShift(Standardize(x, runningMean, runningVariance, eps), gamma, beta);

    // dL/dx_ij = γ_j / (N √(σ²_j + ε)) · (N dy_ij − Σ_k dy_kj − x̂_ij Σ_k dy_kj x̂_kj)
    // (paths through x̂, μ and σ²)
    public static double[,] BatchNormInputGradient(double[,] x, double[] gamma, double[,] dy, double eps) =>
        InputGradient(x, gamma, dy, eps, BatchVariance(x));

    // dL/dγ_j = Σ_i dy_ij x̂_ij
    public static double[] BatchNormGammaGradient(double[,] x, double[,] dy, double eps) =>
        GammaGradient(x, dy, eps, BatchVariance(x));

    // The two gradients above for a given σ²: a parameter only so that Mistakes can use the wrong one.
    internal static double[,] InputGradient(double[,] x, double[] gamma, double[,] dy, double eps, double[] variance)
    {
        var (n, d) = CheckUpstream(x, dy);
        CheckFeatureVector(gamma, d, "gamma");
        var xhat = Standardize(x, BatchMean(x), variance, eps);
        var sumDy = BatchNormBetaGradient(dy);
        var sumDyXhat = GammaGradient(x, dy, eps, variance);
        var dx = new double[n, d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++)
                dx[i, j] = gamma[j] / (n * Math.Sqrt(variance[j] + eps))
                    * (n * dy[i, j] - sumDy[j] - xhat[i, j] * sumDyXhat[j]);
        return dx;
    }

    internal static double[] GammaGradient(double[,] x, double[,] dy, double eps, double[] variance)
    {
        var (n, d) = CheckUpstream(x, dy);
        var xhat = Standardize(x, BatchMean(x), variance, eps);
        var dgamma = new double[d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++)
                dgamma[j] += dy[i, j] * xhat[i, j];
        return dgamma;
    }

    // dL/dβ_j = Σ_i dy_ij
    public static double[] BatchNormBetaGradient(double[,] dy)
    {
        var (n, d) = CheckBatch(dy);
        var dbeta = new double[d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++)
                dbeta[j] += dy[i, j];
        return dbeta;
    }

    // x̂_ij = (x_ij − mean_j) / √(variance_j + ε), shared by training (batch) and inference (running) statistics
    internal static double[,] Standardize(double[,] x, double[] mean, double[] variance, double eps)
    {
        var (n, d) = CheckBatch(x);
        CheckFeatureVector(mean, d, "mean");
        CheckFeatureVector(variance, d, "variance");
        if (!(eps >= 0)) throw new ArgumentException($"eps must be ≥ 0, got {eps}");
        var xhat = new double[n, d];
        for (int j = 0; j < d; j++)
        {
            if (variance[j] < 0) throw new ArgumentException($"variance of feature {j} is negative ({variance[j]})");
            double scale = Math.Sqrt(variance[j] + eps);
            if (scale == 0) throw new ArgumentException($"feature {j} has zero variance and eps = 0: x̂ is undefined");
            for (int i = 0; i < n; i++) xhat[i, j] = (x[i, j] - mean[j]) / scale;
        }
        return xhat;
    }

    // y_ij = γ_j x̂_ij + β_j
    static double[,] ScaleAndShift(double[,] xhat, double[] gamma, double[] beta)
    {
        int n = xhat.GetLength(0), d = xhat.GetLength(1);
        CheckFeatureVector(gamma, d, "gamma");
        CheckFeatureVector(beta, d, "beta");
        var y = new double[n, d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++)
                y[i, j] = gamma[j] * xhat[i, j] + beta[j];
        return y;
    }

    internal static (int n, int d) CheckBatch(double[,] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.GetLength(0) == 0 || x.GetLength(1) == 0)
            throw new ArgumentException($"batch is {x.GetLength(0)}×{x.GetLength(1)}: it needs at least one sample " +
                "and one feature");
        return (x.GetLength(0), x.GetLength(1));
    }

    internal static (int n, int d) CheckUpstream(double[,] x, double[,] dy)
    {
        var shape = CheckBatch(x);
        ArgumentNullException.ThrowIfNull(dy);
        if (dy.GetLength(0) != shape.n || dy.GetLength(1) != shape.d)
            throw new ArgumentException($"dy is {dy.GetLength(0)}×{dy.GetLength(1)}, expected {shape.n}×{shape.d} " +
                "like x");
        return shape;
    }

    internal static void CheckFeatureVector(double[] v, int d, string name)
    {
        ArgumentNullException.ThrowIfNull(v, name);
        if (v.Length != d) throw new ArgumentException($"{name} has length {v.Length}, expected {d} (one per feature)");
    }
}
