namespace Grader.Reference;

/// <summary>
/// One step of the classic optimisers and gradient centralisation (docs/homework-sources.md#optimizers, seed 003 P1 and
/// P4). Parameters, gradient and state are same-length vectors (a layer's weights flattened); each step returns the new
/// parameters and the new state, never modifying its inputs. η is the learning rate; t counts steps from 1.
/// </summary>
public static class Optimizers
{
    // w ← w − η g
    public static double[] SgdStep(double[] w, double[] g, double learningRate)
    {
        CheckSameLength(w, g);
        CheckLearningRate(learningRate);
        return Combine(w, g, (wi, gi) => wi - learningRate * gi);
    }

    // v ← μ v − η g;  w ← w + v
    // (Sutskever et al. 2013; the same w as PyTorch's v ← μv + g, w ← w − ηv)
    public static (double[] w, double[] v) MomentumStep(double[] w, double[] g, double[] v, double learningRate,
        double momentum)
    {
        CheckSameLength(w, g, v);
        CheckLearningRate(learningRate);
        CheckDecay(momentum, "momentum");
        var velocity = Combine(v, g, (vi, gi) => momentum * vi - learningRate * gi);
        return (Combine(w, velocity, (wi, vi) => wi + vi), velocity);
    }

    // s ← ρ s + (1 − ρ) g²;  w ← w − η g / (√s + ε)
    // (Hinton, Coursera lecture 6e; ε outside the root as in Keras)
    public static (double[] w, double[] s) RmspropStep(double[] w, double[] g, double[] s, double learningRate,
        double rho, double eps)
    {
        CheckSameLength(w, g, s);
        CheckLearningRate(learningRate);
        CheckDecay(rho, "rho");
        CheckEpsilon(eps);
        var square = Combine(s, g, (si, gi) => rho * si + (1 - rho) * gi * gi);
        var step = Combine(g, square, (gi, si) => gi / (Math.Sqrt(si) + eps));
        return (Combine(w, step, (wi, di) => wi - learningRate * di), square);
    }

    // m ← β1 m + (1 − β1) g;  v ← β2 v + (1 − β2) g²;  m̂ = m / (1 − β1^t);  v̂ = v / (1 − β2^t);
    // w ← w − η m̂ / (√v̂ + ε)   (Kingma & Ba 2015, Algorithm 1)
    public static (double[] w, double[] m, double[] v) AdamStep(
        double[] w, double[] g, double[] m, double[] v, int t, double learningRate,
        double beta1, double beta2, double eps) =>
        Adam(w, g, m, v, t, learningRate, beta1, beta2, eps, (vHat, e) => Math.Sqrt(vHat) + e);

    // Φ_GC(g)_ij = g_ij − (1/M) Σ_k g_ik   (Yong et al. 2020, eq. 3; seed 003 P1)
    // Axis: g is laid out like W in y = Wx (output units × inputs), so row i holds output unit i's M incoming
    // weights and each row is centred on its own mean. (The paper stores W transposed and speaks of columns.)
    public static double[,] GradientCentralization(double[,] g)
    {
        var (rows, cols) = CheckMatrix(g, "g");
        var centred = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            double mean = 0;
            for (int k = 0; k < cols; k++) mean += g[i, k] / cols;
            for (int k = 0; k < cols; k++) centred[i, k] = g[i, k] - mean;
        }
        return centred;
    }

    // Adam with GC as seed 003 P1 quotes Yong et al. 2020, Algorithm 2, line by line:
    // ĝ = Φ_GC(g);  m ← β1 m + (1 − β1) ĝ;  v ← β2 v + (1 − β2) ĝ²;
    // m̂ = m / (1 − β1^t);  v̂ = v / (1 − β2^t);  w ← w − η m̂ / √(v̂ + ε)
    // (ε inside the root, as line 8 is written there; AdamStep puts it outside)
    public static (double[,] w, double[,] m, double[,] v) AdamGcStep(
        double[,] w, double[,] g, double[,] m, double[,] v, int t, double learningRate,
        double beta1, double beta2, double eps) =>
        AdamCentralized(w, g, m, v, t, learningRate, beta1, beta2, eps, GradientCentralization);

    // Algorithm 2 with the centralisation Φ as a parameter, so a wrong Φ can be graded with the rest unchanged.
    internal static (double[,] w, double[,] m, double[,] v) AdamCentralized(
        double[,] w, double[,] g, double[,] m, double[,] v,
        int t, double learningRate, double beta1, double beta2, double eps, Func<double[,], double[,]> centralize)
    {
        var (rows, cols) = CheckMatrix(w, "w");
        foreach (var (matrix, name) in new[] { (g, "g"), (m, "m"), (v, "v") })
            if (CheckMatrix(matrix, name) != (rows, cols))
                throw new ArgumentException($"{name} is {matrix.GetLength(0)}×{matrix.GetLength(1)}, expected " +
                    $"{rows}×{cols} like w");
        var (nw, nm, nv) = Adam(Flatten(w), Flatten(centralize(g)), Flatten(m), Flatten(v),
            t, learningRate, beta1, beta2, eps, (vHat, e) => Math.Sqrt(vHat + e));
        return (Reshape(nw, rows, cols), Reshape(nm, rows, cols), Reshape(nv, rows, cols));
    }

    // The Adam moments and bias correction shared by AdamStep and AdamGcStep, which place ε differently.
    internal static (double[] w, double[] m, double[] v) Adam(double[] w, double[] g, double[] m, double[] v, int t,
        double learningRate, double beta1, double beta2, double eps, Func<double, double, double> denominator,
            bool biasCorrection = true)
    {
        CheckSameLength(w, g, m, v);
        CheckLearningRate(learningRate);
        CheckDecay(beta1, "beta1");
        CheckDecay(beta2, "beta2");
        CheckEpsilon(eps);
        if (t < 1)
            throw new ArgumentException($"step t counts from 1 (bias correction divides by 1 − β^t), got {t}");
        var first = Combine(m, g, (mi, gi) => beta1 * mi + (1 - beta1) * gi);
        var second = Combine(v, g, (vi, gi) => beta2 * vi + (1 - beta2) * gi * gi);
        double c1 = biasCorrection ? 1 - Math.Pow(beta1, t) : 1, c2 = biasCorrection ? 1 - Math.Pow(beta2, t) : 1;
        var step = Combine(first, second, (mi, vi) => mi / c1 / denominator(vi / c2, eps));
        return (Combine(w, step, (wi, di) => wi - learningRate * di), first, second);
    }

    static double[] Combine(double[] a, double[] b, Func<double, double, double> f)
    {
        var result = new double[a.Length];
        for (int k = 0; k < a.Length; k++) result[k] = f(a[k], b[k]);
        return result;
    }

    internal static double[] Flatten(double[,] a)
    {
        var flat = new double[a.Length];
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < a.GetLength(1); j++)
                flat[i * a.GetLength(1) + j] = a[i, j];
        return flat;
    }

    internal static double[,] Reshape(double[] flat, int rows, int cols)
    {
        var a = new double[rows, cols];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                a[i, j] = flat[i * cols + j];
        return a;
    }

    internal static (int rows, int cols) CheckMatrix(double[,] a, string name)
    {
        ArgumentNullException.ThrowIfNull(a, name);
        if (a.GetLength(0) == 0 || a.GetLength(1) == 0)
            throw new ArgumentException($"{name} is {a.GetLength(0)}×{a.GetLength(1)}: it needs at least one row " +
                "and one column");
        return (a.GetLength(0), a.GetLength(1));
    }

    static void CheckSameLength(double[] w, params double[][] others)
    {
        ArgumentNullException.ThrowIfNull(w);
        foreach (var other in others)
        {
            ArgumentNullException.ThrowIfNull(other);
            if (other.Length != w.Length)
                throw new ArgumentException($"gradient and state must have the length of w ({w.Length}), got one of " +
                    $"length {other.Length}");
        }
    }

    static void CheckLearningRate(double learningRate)
    {
        if (!(learningRate >= 0 && double.IsFinite(learningRate)))
            throw new ArgumentException($"learning rate must be a finite number ≥ 0, got {learningRate}");
    }

    static void CheckDecay(double rate, string name)
    {
        if (!(rate >= 0 && rate < 1)) throw new ArgumentException($"{name} must be in [0, 1), got {rate}");
    }

    static void CheckEpsilon(double eps)
    {
        if (!(eps > 0 && double.IsFinite(eps)))
            throw new ArgumentException($"eps must be > 0 (it keeps the division defined), got {eps}");
    }
}
