namespace Grader.Reference;

/// <summary>1D valid cross-correlation at stride 1 and its gradients, in the notation of seed 001 Q2.</summary>
public static class Convolution1D
{
    // Z_i = Σ_j W_j X_{i+j}, i = 0 … N−K   (seed 001 Q2)
    public static double[] Conv1D(double[] x, double[] w) => Correlate(x, w, "kernel w");

    // dL/dW_j = Σ_i dL/dZ_i X_{i+j}   (seed 001 Q2): the valid correlation of X with dZ, so the kernel length is
    // N − len(dZ) + 1
    public static double[] Conv1DWeightGradient(double[] x, double[] dz) => Correlate(x, dz, "upstream gradient dz");

    // dL/dX_k = Σ_i dL/dZ_i W_{k−i} over 0 ≤ k−i < K:
    // the full convolution of dZ with W; length len(dZ) + K − 1
    public static double[] Conv1DInputGradient(double[] w, double[] dz)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(dz);
        if (w.Length < 1 || dz.Length < 1) throw new ArgumentException("w and dz must each have at least one element");
        var dx = new double[dz.Length + w.Length - 1];
        for (int i = 0; i < dz.Length; i++)
            for (int j = 0; j < w.Length; j++)
                dx[i + j] += dz[i] * w[j];
        return dx;
    }

    // out_i = Σ_j window_j X_{i+j}, i = 0 … N − len(window)
    static double[] Correlate(double[] x, double[] window, string name)
    {
        CheckLengths(x, window, name);
        var result = new double[x.Length - window.Length + 1];
        for (int i = 0; i < result.Length; i++)
            for (int j = 0; j < window.Length; j++)
                result[i] += window[j] * x[i + j];
        return result;
    }

    // A valid window needs 1 ≤ len(window) ≤ len(x).
    static void CheckLengths(double[] x, double[] window, string name)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(window);
        if (window.Length < 1 || window.Length > x.Length)
            throw new ArgumentException($"{name} has length {window.Length}; it must be between 1 and len(x) = " +
                $"{x.Length}");
    }
}
