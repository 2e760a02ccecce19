namespace Grader.Reference;

/// <summary>
/// Center loss (Wen et al. 2016, "A Discriminative Feature Learning Approach for Deep Face Recognition";
/// docs/homework-sources.md#normalization, seed 001 Q6). x is N samples × D features, labels[i] ∈ [0, K) is the
/// class of sample i, centers is K classes × D features.
/// </summary>
public static class CenterLoss
{
    // L_c = ½ Σ_i ‖x_i − c_{y_i}‖²
    public static double CenterLossValue(double[,] x, int[] labels, double[,] centers)
    {
        var diff = Differences(x, labels, centers);
        double loss = 0;
        foreach (double v in diff) loss += 0.5 * v * v;
        return loss;
    }

    // ∂L_c/∂x_i = x_i − c_{y_i}
    public static double[,] CenterLossGradient(double[,] x, int[] labels, double[,] centers) =>
        Differences(x, labels, centers);

    // Δc_j = Σ_i δ(y_i = j)(c_j − x_i) / (1 + Σ_i δ(y_i = j))
    // (the 1 keeps a class absent from the batch still)
    public static double[,] CenterDelta(double[,] x, int[] labels, double[,] centers)
    {
        var diff = Differences(x, labels, centers);
        int k = centers.GetLength(0), d = centers.GetLength(1);
        var delta = new double[k, d];
        var count = new int[k];
        for (int i = 0; i < labels.Length; i++)
        {
            count[labels[i]]++;
            for (int f = 0; f < d; f++) delta[labels[i], f] -= diff[i, f];
        }
        for (int j = 0; j < k; j++)
            for (int f = 0; f < d; f++)
                delta[j, f] /= 1 + count[j];
        return delta;
    }

    // c_j ← c_j − α Δc_j
    public static double[,] CenterUpdate(double[,] x, int[] labels, double[,] centers, double alpha)
    {
        if (!double.IsFinite(alpha)) throw new ArgumentException($"alpha must be a finite number, got {alpha}");
        var delta = CenterDelta(x, labels, centers);
        var updated = new double[centers.GetLength(0), centers.GetLength(1)];
        for (int j = 0; j < centers.GetLength(0); j++)
            for (int f = 0; f < centers.GetLength(1); f++)
                updated[j, f] = centers[j, f] - alpha * delta[j, f];
        return updated;
    }

    // x_i − c_{y_i} for every sample, after checking every shape and label
    internal static double[,] Differences(double[,] x, int[] labels, double[,] centers)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(centers);
        int n = x.GetLength(0), d = x.GetLength(1), k = centers.GetLength(0);
        if (labels.Length != n)
            throw new ArgumentException($"labels has length {labels.Length}, expected {n} (one per row of x)");
        if (centers.GetLength(1) != d)
            throw new ArgumentException($"centers have {centers.GetLength(1)} features, x has {d}: they must match");
        var diff = new double[n, d];
        for (int i = 0; i < n; i++)
        {
            if (labels[i] < 0 || labels[i] >= k)
                throw new ArgumentException($"labels[{i}] = {labels[i]} is not a class: there are {k} centers");
            for (int f = 0; f < d; f++) diff[i, f] = x[i, f] - centers[labels[i], f];
        }
        return diff;
    }
}
