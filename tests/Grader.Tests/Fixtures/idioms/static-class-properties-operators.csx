// A static helper class, a vector type with properties, operators, an indexer and a ToString override.
static class Ops
{
    public static Vec Window(double[] x, int start, int length) => new(x[start..(start + length)]);
}

sealed class Vec(double[] values)
{
    public int Length => values.Length;
    public double this[int i] => values[i];
    public double Norm { get; init; } = 1;
    public static double operator *(Vec a, Vec b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }
    public override string ToString() => $"Vec[{string.Join(", ", values)}] (norm {Norm:0.00})";
}

double[] Conv1D(double[] x, double[] w)
{
    var kernel = new Vec(w) { Norm = 2 };
    var z = new double[x.Length - w.Length + 1];
    for (int i = 0; i < z.Length; i++) z[i] = Ops.Window(x, i, w.Length) * kernel;
    Console.WriteLine($"kernel {kernel}, first output {z[0]:F3}");
    return z;
}

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var grad = new Vec(dz);
    return Enumerable.Range(0, x.Length - dz.Length + 1).Select(j => Ops.Window(x, j, dz.Length) * grad).ToArray();
}
