// checked/unchecked arithmetic, collection expressions, a dictionary, an enum and a lock around a cache.
enum Mode { Forward, Backward }

readonly object gate = new();
Dictionary<Mode, int> calls = new();

int Count(Mode mode)
{
    lock (gate)
    {
        calls[mode] = calls.GetValueOrDefault(mode) + 1;
        return calls[mode];
    }
}

double[] Slide(double[] x, double[] w, Mode mode)
{
    Count(mode);
    int n = checked(x.Length - w.Length + 1);
    int hash = unchecked(n * 31 + (int)mode);
    List<double> z = [];
    for (int i = 0; i < n; i++)
    {
        double sum = 0;
        for (int j = 0; j < w.Length; j++) sum += w[j] * x[i + j];
        z.Add(sum);
    }
    return hash == unchecked(n * 31 + (int)mode) ? [.. z] : [];
}

double[] Conv1D(double[] x, double[] w) => Slide(x, w, Mode.Forward);

double[] Conv1DWeightGradient(double[] x, double[] dz) => Slide(x, dz, Mode.Backward);
