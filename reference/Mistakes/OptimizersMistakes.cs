namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong answers for the optimisers and gradient centralisation
/// (docs/homework-sources.md#optimizers), with the same signatures as the correct functions in
/// <see cref="Optimizers"/>: a result that matches one of these names the mistake.
/// </summary>
public static class OptimizersMistakes
{
    // w ← w + η g: a step uphill, the sign of gradient descent flipped
    public static double[] SgdAscent(double[] w, double[] g, double learningRate)
    {
        var descent = Optimizers.SgdStep(w, g, learningRate);
        return w.Select((wi, k) => 2 * wi - descent[k]).ToArray();
    }

    // v ← μ v + η g;  w ← w − v: the velocity kept as the step to subtract, so the v handed in (which points
    // downhill, v ← μ v − η g) is added with the wrong sign
    public static (double[] w, double[] v) MomentumWithFlippedVelocity(double[] w, double[] g, double[] v,
        double learningRate, double momentum)
    {
        var (_, velocity) = Optimizers.MomentumStep(new double[w.Length], g, Negate(v), learningRate, momentum);
        var flipped = Negate(velocity);
        return (w.Select((wi, k) => wi - flipped[k]).ToArray(), flipped);
    }

    // v ← μ v + g;  w ← w − η v:
    // PyTorch's convention (v without η, pointing uphill) applied to this homework's v
    public static (double[] w, double[] v) MomentumPyTorchConvention(double[] w, double[] g, double[] v,
        double learningRate, double momentum)
    {
        Optimizers.MomentumStep(w, g, v, learningRate, momentum); // the same argument checks
        var velocity = v.Select((vi, k) => momentum * vi + g[k]).ToArray();
        return (w.Select((wi, k) => wi - learningRate * velocity[k]).ToArray(), velocity);
    }

    // w ← w − η m / (√v + ε): no bias correction; from m = v = 0 the first step is η(1 − β1)/√(1 − β2)
    // (≈ 3.16η with β1 = 0.9, β2 = 0.999: too large) instead of η,
    // and the two corrections only cancel when 1 − β1 = √(1 − β2)
    public static (double[] w, double[] m, double[] v) AdamWithoutBiasCorrection(
        double[] w, double[] g, double[] m, double[] v, int t, double learningRate,
        double beta1, double beta2, double eps) =>
        Optimizers.Adam(w, g, m, v, t, learningRate, beta1, beta2, eps, (vHat, e) => Math.Sqrt(vHat) + e,
            biasCorrection: false);

    // w ← w − η g / (s + ε): the square root of the running mean square forgotten
    public static (double[] w, double[] s) RmspropWithoutSquareRoot(double[] w, double[] g, double[] s,
        double learningRate, double rho, double eps)
    {
        var (_, square) = Optimizers.RmspropStep(w, g, s, learningRate, rho, eps);
        var updated = new double[w.Length];
        for (int k = 0; k < w.Length; k++) updated[k] = w[k] - learningRate * g[k] / (square[k] + eps);
        return (updated, square);
    }

    // Φ(g)_ij = g_ij − (1/N) Σ_k g_kj:
    // each column (one input's weights across output units) centred: the wrong axis
    public static double[,] GradientCentralizationOverColumns(double[,] g)
    {
        Optimizers.CheckMatrix(g, "g");
        return Tensors.Transpose(Optimizers.GradientCentralization(Tensors.Transpose(g)));
    }

    // Φ(g)_ij = g_ij − mean of all of g: one mean for the whole matrix instead of one per output unit
    public static double[,] GradientCentralizationOverWholeMatrix(double[,] g)
    {
        var flat = Optimizers.Flatten(g);
        var centred = Optimizers.GradientCentralization(Optimizers.Reshape(flat, 1, flat.Length));
        return Optimizers.Reshape(Optimizers.Flatten(centred), g.GetLength(0), g.GetLength(1));
    }

    // Adam with GC (ε inside the root, Φ_GC over rows) but without the bias correction of lines 6 and 7
    public static (double[,] w, double[,] m, double[,] v) AdamGcWithoutBiasCorrection(
        double[,] w, double[,] g, double[,] m, double[,] v, int t, double learningRate,
        double beta1, double beta2, double eps) =>
        AdamGcFlattened(w, g, m, v, t, learningRate, beta1, beta2, eps, (vHat, e) => Math.Sqrt(vHat + e),
            biasCorrection: false);

    // Adam with GC whose Φ_GC centres the columns instead of the rows
    public static (double[,] w, double[,] m, double[,] v) AdamGcOverColumns(
        double[,] w, double[,] g, double[,] m, double[,] v, int t, double learningRate,
        double beta1, double beta2, double eps) =>
        Optimizers.AdamCentralized(w, g, m, v, t, learningRate, beta1, beta2, eps, GradientCentralizationOverColumns);

    // w ← w − η g / √(s + ε): ε inside the root, where this homework (like Keras) adds it outside
    public static (double[] w, double[] s) RmspropWithEpsilonInsideRoot(
        double[] w, double[] g, double[] s, double learningRate, double rho, double eps)
    {
        var (_, square) = Optimizers.RmspropStep(w, g, s, learningRate, rho, eps);
        var updated = new double[w.Length];
        for (int k = 0; k < w.Length; k++) updated[k] = w[k] - learningRate * g[k] / Math.Sqrt(square[k] + eps);
        return (updated, square);
    }

    // w ← w − η m̂ / √(v̂ + ε): Algorithm 2's ε placement used in plain Adam, which adds ε outside the root
    public static (double[] w, double[] m, double[] v) AdamWithEpsilonInsideRoot(
        double[] w, double[] g, double[] m, double[] v, int t, double learningRate,
        double beta1, double beta2, double eps) =>
        Optimizers.Adam(w, g, m, v, t, learningRate, beta1, beta2, eps, (vHat, e) => Math.Sqrt(vHat + e));

    // Adam with GC stepping by η m̂ / (√v̂ + ε), plain Adam's placement,
    // where Algorithm 2 line 8 has √(v̂ + ε)
    public static (double[,] w, double[,] m, double[,] v) AdamGcWithEpsilonOutsideRoot(
        double[,] w, double[,] g, double[,] m, double[,] v, int t, double learningRate,
        double beta1, double beta2, double eps) =>
        AdamGcFlattened(w, g, m, v, t, learningRate, beta1, beta2, eps, (vHat, e) => Math.Sqrt(vHat) + e,
            biasCorrection: true);

    // Algorithm 2 with Φ_GC over rows, run by the vector Adam with the caller's ε placement and bias correction.
    static (double[,] w, double[,] m, double[,] v) AdamGcFlattened(
        double[,] w, double[,] g, double[,] m, double[,] v, int t, double learningRate,
        double beta1, double beta2, double eps, Func<double, double, double> denominator, bool biasCorrection)
    {
        int rows = w.GetLength(0), cols = w.GetLength(1);
        Optimizers.AdamGcStep(w, g, m, v, t, learningRate, beta1, beta2, eps); // the same argument checks
        var centred = Optimizers.GradientCentralization(g);
        var (nw, nm, nv) = Optimizers.Adam(Optimizers.Flatten(w), Optimizers.Flatten(centred), Optimizers.Flatten(m),
            Optimizers.Flatten(v), t, learningRate, beta1, beta2, eps, denominator, biasCorrection);
        return (Optimizers.Reshape(nw, rows, cols), Optimizers.Reshape(nm, rows, cols),
            Optimizers.Reshape(nv, rows, cols));
    }

    // Φ(g)_ij = g_ij − Σ_k g_ik: each row's sum subtracted where Φ_GC subtracts its mean
    // (the same only for one input)
    public static double[,] GradientCentralizationSubtractingSum(double[,] g)
    {
        var (rows, cols) = Optimizers.CheckMatrix(g, "g");
        var centred = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            double sum = 0;
            for (int j = 0; j < cols; j++) sum += g[i, j];
            for (int j = 0; j < cols; j++) centred[i, j] = g[i, j] - sum;
        }
        return centred;
    }

    // Adam with GC whose Φ_GC subtracts each row's sum instead of its mean
    public static (double[,] w, double[,] m, double[,] v) AdamGcSubtractingSum(
        double[,] w, double[,] g, double[,] m, double[,] v, int t, double learningRate, double beta1, double beta2,
        double eps) =>
        Optimizers.AdamCentralized(w, g, m, v, t, learningRate, beta1, beta2, eps,
            GradientCentralizationSubtractingSum);

    // m̂ = m / (1 − β1^(t+1)), v̂ = v / (1 − β2^(t+1)): t counted from 0 (or advanced inside the step, as
    // implementations that keep their own count do with t += 1), though the t handed in counts this step from 1; from
    // m = v = 0 the first step moves ≈ 0.74η instead of η, and the gap closes as β^t decays
    public static (double[] w, double[] m, double[] v) AdamStepCountFromZero(
        double[] w, double[] g, double[] m, double[] v, int t, double learningRate, double beta1, double beta2,
        double eps)
    {
        Optimizers.AdamStep(w, g, m, v, t, learningRate, beta1, beta2, eps); // the same argument checks
        return Optimizers.AdamStep(w, g, m, v, t + 1, learningRate, beta1, beta2, eps);
    }

    // Adam with GC corrected by 1 − β^(t+1), as in AdamStepCountFromZero
    public static (double[,] w, double[,] m, double[,] v) AdamGcStepCountFromZero(
        double[,] w, double[,] g, double[,] m, double[,] v, int t, double learningRate, double beta1, double beta2,
        double eps)
    {
        Optimizers.AdamGcStep(w, g, m, v, t, learningRate, beta1, beta2, eps); // the same argument checks
        return Optimizers.AdamGcStep(w, g, m, v, t + 1, learningRate, beta1, beta2, eps);
    }

    // The step is right, but the state handed back is the bias-corrected m̂ and v̂ instead of m and v, so the next
    // step corrects them a second time
    public static (double[] w, double[] m, double[] v) AdamReturningCorrectedMoments(
        double[] w, double[] g, double[] m, double[] v, int t, double learningRate, double beta1, double beta2,
        double eps)
    {
        var (nw, first, second) = Optimizers.AdamStep(w, g, m, v, t, learningRate, beta1, beta2, eps);
        double c1 = 1 - Math.Pow(beta1, t), c2 = 1 - Math.Pow(beta2, t);
        return (nw, first.Select(x => x / c1).ToArray(), second.Select(x => x / c2).ToArray());
    }

    static double[] Negate(double[] a) => a.Select(x => -x).ToArray();
}
