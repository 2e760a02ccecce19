namespace Grader.Reference;

/// <summary>
/// Dropout with keep probability p (docs/homework-sources.md#normalization, seed 001 Q1; Srivastava et al. 2014). The
/// random mask is an input: mask[i,j] = true keeps unit (i,j), i.e. D_ij = 1 with probability p. Inverted dropout
/// rescales by 1/p at training time so inference needs no change. The expectation identities are for linear regression
/// with the design matrix X (N samples × d features) dropped element-wise: P = D ⊙ X,
/// D_ij ~ Bernoulli(p) independent.
/// </summary>
public static class Dropout
{
    // y = mask ⊙ x / p   (inverted dropout, training forward)
    public static double[,] InvertedDropoutForward(double[,] x, bool[,] mask, double keepProbability) =>
        MaskAndScale(x, mask, keepProbability);

    // dL/dx = mask ⊙ dL/dy / p   (the same mask and scale as the forward pass)
    public static double[,] InvertedDropoutBackward(double[,] dy, bool[,] mask, double keepProbability) =>
        MaskAndScale(dy, mask, keepProbability);

    // E_D[D ⊙ X] = pX   (seed 001 Q1a)
    public static double[,] ExpectedDroppedInput(double[,] x, double p)
    {
        CheckProbability(p);
        var (n, d) = CheckDesign(x);
        var expected = new double[n, d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++)
                expected[i, j] = p * x[i, j];
        return expected;
    }

    // E_D[PᵀP] = p² XᵀX + p(1 − p) diag(XᵀX)
    // (off-diagonal: independent D's; diagonal: E[D²] = p; seed 001 Q1a)
    public static double[,] ExpectedDroppedGram(double[,] x, double p)
    {
        CheckProbability(p);
        var gram = Gram(x);
        var expected = new double[gram.GetLength(0), gram.GetLength(1)];
        for (int a = 0; a < gram.GetLength(0); a++)
            for (int b = 0; b < gram.GetLength(1); b++)
                expected[a, b] = p * p * gram[a, b] + (a == b ? p * (1 - p) * gram[a, a] : 0);
        return expected;
    }

    // ‖y − (D ⊙ X)w‖² for one mask D: the random loss whose expectation the next function gives
    public static double DroppedSquaredError(double[,] x, double[] y, double[] w, bool[,] mask)
    {
        CheckRegression(x, y, w);
        CheckMask(mask, x.GetLength(0), x.GetLength(1));
        var dropped = new double[x.GetLength(0), x.GetLength(1)];
        for (int i = 0; i < x.GetLength(0); i++)
            for (int j = 0; j < x.GetLength(1); j++)
                dropped[i, j] = mask[i, j] ? x[i, j] : 0;
        return SquaredError(dropped, y, w, 1);
    }

    // E_D‖y − (D ⊙ X)w‖² = ‖y − pXw‖² + p(1 − p)‖Γw‖², Γ = diag(XᵀX)^{1/2}   (seed 001 Q1b)
    public static double ExpectedDroppedSquaredError(double[,] x, double[] y, double[] w, double p)
    {
        CheckProbability(p);
        CheckRegression(x, y, w);
        var gram = Gram(x);
        double penalty = 0; // ‖Γw‖² = Σ_j (XᵀX)_jj w_j²
        for (int j = 0; j < w.Length; j++) penalty += gram[j, j] * w[j] * w[j];
        return SquaredError(x, y, w, p) + p * (1 - p) * penalty;
    }

    // (XᵀX)_ab = Σ_i X_ia X_ib
    internal static double[,] Gram(double[,] x)
    {
        var (n, d) = CheckDesign(x);
        var gram = new double[d, d];
        for (int a = 0; a < d; a++)
            for (int b = 0; b < d; b++)
                for (int i = 0; i < n; i++)
                    gram[a, b] += x[i, a] * x[i, b];
        return gram;
    }

    // ‖y − scale·Xw‖²
    internal static double SquaredError(double[,] x, double[] y, double[] w, double scale)
    {
        double sum = 0;
        for (int i = 0; i < x.GetLength(0); i++)
        {
            double prediction = 0;
            for (int j = 0; j < x.GetLength(1); j++) prediction += x[i, j] * w[j];
            sum += (y[i] - scale * prediction) * (y[i] - scale * prediction);
        }
        return sum;
    }

    static double[,] MaskAndScale(double[,] values, bool[,] mask, double keepProbability)
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckMask(mask, values.GetLength(0), values.GetLength(1));
        if (!(keepProbability > 0 && keepProbability <= 1))
            throw new ArgumentException("keep probability must be in (0, 1] (inverted dropout divides by it), got " +
                $"{keepProbability}");
        var result = new double[values.GetLength(0), values.GetLength(1)];
        for (int i = 0; i < values.GetLength(0); i++)
            for (int j = 0; j < values.GetLength(1); j++)
                result[i, j] = mask[i, j] ? values[i, j] / keepProbability : 0;
        return result;
    }

    internal static void CheckProbability(double p)
    {
        if (!(p >= 0 && p <= 1)) throw new ArgumentException($"keep probability p must be in [0, 1], got {p}");
    }

    internal static void CheckRegression(double[,] x, double[] y, double[] w)
    {
        var (n, d) = CheckDesign(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(w);
        if (y.Length != n)
            throw new ArgumentException($"y has length {y.Length}, expected {n} (one target per row of X)");
        if (w.Length != d)
            throw new ArgumentException($"w has length {w.Length}, expected {d} (one weight per column of X)");
    }

    static (int n, int d) CheckDesign(double[,] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.GetLength(0) == 0 || x.GetLength(1) == 0)
            throw new ArgumentException("X must have at least one row and one column");
        return (x.GetLength(0), x.GetLength(1));
    }

    static void CheckMask(bool[,] mask, int n, int d)
    {
        ArgumentNullException.ThrowIfNull(mask);
        if (mask.GetLength(0) != n || mask.GetLength(1) != d)
            throw new ArgumentException($"mask is {mask.GetLength(0)}×{mask.GetLength(1)}, expected {n}×{d} like " +
                "the input");
    }
}
