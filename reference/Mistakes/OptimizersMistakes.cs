namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong answers for the optimisers and gradient centralisation (HOMEWORK.md §6), with the same
/// signatures as the correct functions in <see cref="Optimizers"/>: a result that matches one of these names the mistake.
/// </summary>
public static class OptimizersMistakes
{
    // w ← w − η m / (√v + ε): no bias correction, so the first steps are too small (≈ η(1 − β1)/√(1 − β2) at t = 1)
    public static (double[] w, double[] m, double[] v) AdamWithoutBiasCorrection(
        double[] w, double[] g, double[] m, double[] v, int t, double learningRate, double beta1, double beta2, double eps) =>
        Optimizers.Adam(w, g, m, v, t, learningRate, beta1, beta2, eps, (vHat, e) => Math.Sqrt(vHat) + e, biasCorrection: false);

    // w ← w − η g / (s + ε): the square root of the running mean square forgotten
    public static (double[] w, double[] s) RmspropWithoutSquareRoot(double[] w, double[] g, double[] s, double learningRate, double rho, double eps)
    {
        var (_, square) = Optimizers.RmspropStep(w, g, s, learningRate, rho, eps);
        var updated = new double[w.Length];
        for (int k = 0; k < w.Length; k++) updated[k] = w[k] - learningRate * g[k] / (square[k] + eps);
        return (updated, square);
    }

    // Φ(g)_ij = g_ij − (1/N) Σ_k g_kj: each column (one input's weights across output units) centred: the wrong axis
    public static double[,] GradientCentralizationOverColumns(double[,] g) =>
        Transpose(Optimizers.GradientCentralization(Transpose(g)));

    // Φ(g)_ij = g_ij − mean of all of g: one mean for the whole matrix instead of one per output unit
    public static double[,] GradientCentralizationOverWholeMatrix(double[,] g)
    {
        var flat = Optimizers.Flatten(g);
        var centred = Optimizers.GradientCentralization(Optimizers.Reshape(flat, 1, flat.Length));
        return Optimizers.Reshape(Optimizers.Flatten(centred), g.GetLength(0), g.GetLength(1));
    }

    // Adam with GC whose Φ_GC centres the columns instead of the rows
    public static (double[,] w, double[,] m, double[,] v) AdamGcOverColumns(
        double[,] w, double[,] g, double[,] m, double[,] v, int t, double learningRate, double beta1, double beta2, double eps) =>
        Optimizers.AdamCentralized(w, g, m, v, t, learningRate, beta1, beta2, eps, GradientCentralizationOverColumns);

    static double[,] Transpose(double[,] a)
    {
        Optimizers.CheckMatrix(a, "g");
        var t = new double[a.GetLength(1), a.GetLength(0)];
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < a.GetLength(1); j++)
                t[j, i] = a[i, j];
        return t;
    }
}
