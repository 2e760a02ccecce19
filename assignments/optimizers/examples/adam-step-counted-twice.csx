// Typical mistake: each Adam step advances its step count once more (t += 1, as implementations that keep their
// own count do), though the t handed in already counts this step from 1: every bias correction uses β^(t+1).

double[] SgdStep(double[] w, double[] g, double lr)
{
    var next = new double[w.Length];
    for (int i = 0; i < w.Length; i++) next[i] = w[i] - lr * g[i];
    return next;
}

(double[] w, double[] v) MomentumStep(double[] w, double[] g, double[] v, double lr, double mu)
{
    var nv = new double[v.Length];
    var nw = new double[w.Length];
    for (int i = 0; i < w.Length; i++)
    {
        nv[i] = mu * v[i] - lr * g[i];
        nw[i] = w[i] + nv[i];
    }
    return (nw, nv);
}

(double[] w, double[] s) RmspropStep(double[] w, double[] g, double[] s, double lr, double rho, double eps)
{
    var ns = new double[s.Length];
    var nw = new double[w.Length];
    for (int i = 0; i < w.Length; i++)
    {
        ns[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
        nw[i] = w[i] - lr * g[i] / (Math.Sqrt(ns[i]) + eps);
    }
    return (nw, ns);
}

(double[] w, double[] m, double[] v) AdamStep(double[] w, double[] g, double[] m, double[] v, int t, double lr, double b1, double b2, double eps)
{
    t += 1; // advanced once more, as in code that keeps its own count
    int n = w.Length;
    double[] nw = new double[n], nm = new double[n], nv = new double[n];
    for (int i = 0; i < n; i++)
    {
        nm[i] = b1 * m[i] + (1 - b1) * g[i];
        nv[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
        double mHat = nm[i] / (1 - Math.Pow(b1, t));
        double vHat = nv[i] / (1 - Math.Pow(b2, t));
        nw[i] = w[i] - lr * mHat / (Math.Sqrt(vHat) + eps);
    }
    return (nw, nm, nv);
}

// Row i holds output unit i's incoming weights: subtract the row's mean from the row.
double[,] GradientCentralization(double[,] g)
{
    int rows = g.GetLength(0), cols = g.GetLength(1);
    var c = new double[rows, cols];
    for (int i = 0; i < rows; i++)
    {
        double sum = 0;
        for (int j = 0; j < cols; j++) sum += g[i, j];
        for (int j = 0; j < cols; j++) c[i, j] = g[i, j] - sum / cols;
    }
    return c;
}

// Algorithm 2, line by line (ε inside the square root, as line 8 writes it).
(double[,] w, double[,] m, double[,] v) AdamGcStep(double[,] w, double[,] g, double[,] m, double[,] v, int t, double lr, double b1, double b2, double eps)
{
    t += 1;
    int rows = w.GetLength(0), cols = w.GetLength(1);
    var gc = GradientCentralization(g);
    double[,] nw = new double[rows, cols], nm = new double[rows, cols], nv = new double[rows, cols];
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++)
        {
            nm[i, j] = b1 * m[i, j] + (1 - b1) * gc[i, j];
            nv[i, j] = b2 * v[i, j] + (1 - b2) * gc[i, j] * gc[i, j];
            double mHat = nm[i, j] / (1 - Math.Pow(b1, t)), vHat = nv[i, j] / (1 - Math.Pow(b2, t));
            nw[i, j] = w[i, j] - lr * mHat / Math.Sqrt(vHat + eps);
        }
    return (nw, nm, nv);
}

double Loss(double[,] x, double[] y, double[] w)
{
    double total = 0;
    for (int i = 0; i < y.Length; i++)
    {
        double r = -y[i];
        for (int j = 0; j < w.Length; j++) r += x[i, j] * w[j];
        total += r * r;
    }
    return total / y.Length;
}

double[] Gradient(double[,] x, double[] y, double[] w)
{
    var grad = new double[w.Length];
    for (int i = 0; i < y.Length; i++)
    {
        double r = -y[i];
        for (int j = 0; j < w.Length; j++) r += x[i, j] * w[j];
        for (int j = 0; j < w.Length; j++) grad[j] += 2.0 / y.Length * r * x[i, j];
    }
    return grad;
}

double[] LossCurve(double[,] x, double[] y, string optimizer, double lr, int steps)
{
    int d = x.GetLength(1);
    var w = new double[d];
    double[] a = new double[d], b = new double[d];
    var curve = new double[steps + 1];
    for (int k = 0; k <= steps; k++)
    {
        curve[k] = Loss(x, y, w);
        if (double.IsNaN(curve[k]) || double.IsInfinity(curve[k]))
        {
            for (int rest = k; rest <= steps; rest++) curve[rest] = double.PositiveInfinity;
            break;
        }
        if (k == steps) break;
        var g = Gradient(x, y, w);
        if (optimizer == "sgd") w = SgdStep(w, g, lr);
        else if (optimizer == "momentum") (w, a) = MomentumStep(w, g, a, lr, 0.9);
        else if (optimizer == "rmsprop") (w, b) = RmspropStep(w, g, b, lr, 0.9, 1e-8);
        else (w, a, b) = AdamStep(w, g, a, b, k + 1, lr, 0.9, 0.999, 1e-8);
    }
    return curve;
}

bool[] DivergingRates(double[,] x, double[] y, string optimizer, double[] rates, int steps)
{
    var result = new bool[rates.Length];
    for (int r = 0; r < rates.Length; r++)
    {
        var curve = LossCurve(x, y, optimizer, rates[r], steps);
        result[r] = curve[steps] > curve[0];
    }
    return result;
}

int[] StepsToReach(double[,] x, double[] y, string optimizer, double[] rates, int steps, double fraction)
{
    var result = new int[rates.Length];
    for (int r = 0; r < rates.Length; r++)
    {
        var curve = LossCurve(x, y, optimizer, rates[r], steps);
        result[r] = -1;
        for (int k = 0; k <= steps; k++)
            if (curve[k] <= fraction * curve[0]) { result[r] = k; break; }
    }
    return result;
}

int BestLearningRate(double[,] x, double[] y, string optimizer, double[] rates, int steps)
{
    int best = 0;
    double bestLoss = double.PositiveInfinity;
    for (int r = 0; r < rates.Length; r++)
    {
        double final = LossCurve(x, y, optimizer, rates[r], steps)[steps];
        if (final < bestLoss) { bestLoss = final; best = r; }
    }
    return best;
}
