namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong answers for batch normalisation (docs/homework-sources.md#normalization), with the same
/// signatures as the correct functions in <see cref="BatchNorm"/>: a result that matches one of these names the
/// mistake.
/// </summary>
public static class BatchNormMistakes
{
    // dL/dx_ij = dy_ij · γ_j / √(σ²_j + ε): μ and σ² treated as constants (seed 001 Q3a's answer)
    public static double[,] InputGradientWithoutStatistics(double[,] x, double[] gamma, double[,] dy, double eps) =>
        InputGradientWithoutVarianceTerm(x, gamma, dy, eps, throughMean: false);

    // dL/dx_ij = γ_j / √(σ²_j + ε) · (dy_ij − mean_k dy_kj): the path through μ kept,
    // the one through σ² dropped
    public static double[,] InputGradientWithoutVariance(double[,] x, double[] gamma, double[,] dy, double eps) =>
        InputGradientWithoutVarianceTerm(x, gamma, dy, eps, throughMean: true);

    // y_ij = γ_j (x_ij − μ_j) / √(s²_j + ε) + β_j with the unbiased variance s² = Σ(x − μ)² / (N − 1)
    public static double[,] ForwardWithUnbiasedVariance(double[,] x, double[] gamma, double[] beta, double eps)
    {
        var (n, d) = BatchNorm.CheckBatch(x);
        var variance = BatchNorm.BatchVariance(x);
        var unbiased = new double[d];
        for (int j = 0; j < d; j++) unbiased[j] = n > 1 ? variance[j] * n / (n - 1) : variance[j];
        return BatchNorm.BatchNormInference(x, gamma, beta, BatchNorm.BatchMean(x), unbiased, eps);
    }

    // dL/dγ_j = Σ_i dy_ij x_ij: the raw input where the normalised x̂ belongs
    public static double[] GammaGradientWithRawInput(double[,] x, double[,] dy, double eps)
    {
        var (n, d) = BatchNorm.CheckUpstream(x, dy);
        var dgamma = new double[d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++)
                dgamma[j] += dy[i, j] * x[i, j];
        return dgamma;
    }

    // The correct dx = γ/(N σ)·(N dy − Σdy − x̂ Σ dy x̂) without the variance term x̂ Σ dy x̂,
    // and without Σdy unless throughMean
    static double[,] InputGradientWithoutVarianceTerm(double[,] x, double[] gamma, double[,] dy, double eps,
        bool throughMean)
    {
        var (n, d) = BatchNorm.CheckUpstream(x, dy);
        BatchNorm.CheckFeatureVector(gamma, d, "gamma");
        var variance = BatchNorm.BatchVariance(x);
        var sumDy = BatchNorm.BatchNormBetaGradient(dy);
        var dx = new double[n, d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++)
                dx[i, j] = gamma[j] / Math.Sqrt(variance[j] + eps) * (dy[i, j] - (throughMean ? sumDy[j] / n : 0));
        return dx;
    }

    // σ²_j = Σ_i (x_ij − μ_j)² / (N − 1): the unbiased sample variance where Algorithm 1 divides by N
    public static double[] BatchVarianceUnbiased(double[,] x)
    {
        var (n, _) = BatchNorm.CheckBatch(x);
        return BatchNorm.BatchVariance(x).Select(v => n > 1 ? v * n / (n - 1) : v).ToArray();
    }

    // running ← (1 − momentum)·running + momentum·batch: PyTorch's meaning of momentum,
    // where this homework uses Keras's
    public static double[] RunningAverageMomentumSwapped(double[] running, double[] batch, double momentum) =>
        BatchNorm.RunningAverage(running, batch, 1 - momentum);

    // Inference normalised with the statistics of the test batch itself, the running statistics ignored
    public static double[,] InferenceWithBatchStatistics(
        double[,] x, double[] gamma, double[] beta, double[] runningMean, double[] runningVariance, double eps)
    {
        BatchNorm.BatchNormInference(x, gamma, beta, runningMean, runningVariance, eps); // same validation
        return BatchNorm.BatchNormForward(x, gamma, beta, eps);
    }

    // dL/dx with the unbiased variance s² = Σ(x − μ)² / (N − 1) in x̂ and in γ/(N√(s² + ε)): the
    // forward's mistake carried into the backward pass
    public static double[,] InputGradientWithUnbiasedVariance(double[,] x, double[] gamma, double[,] dy, double eps) =>
        BatchNorm.InputGradient(x, gamma, dy, eps, BatchVarianceUnbiased(x));

    // dL/dγ_j = Σ_i dy_ij x̂_ij with x̂ normalised by the unbiased variance
    public static double[] GammaGradientWithUnbiasedVariance(double[,] x, double[,] dy, double eps) =>
        BatchNorm.GammaGradient(x, dy, eps, BatchVarianceUnbiased(x));
}
