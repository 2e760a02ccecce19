// String building: interpolation with format and alignment, string.Join and Concat over many arguments, a raw literal.
string Describe(double[] v) => $"[{string.Join(", ", v.Select(d => $"{d,6:0.###}"))}]";

double[] Conv1D(double[] x, double[] w)
{
    var z = new double[x.Length - w.Length + 1];
    for (int i = 0; i < z.Length; i++)
        for (int j = 0; j < w.Length; j++)
            z[i] += w[j] * x[i + j];
    Console.WriteLine(string.Join(" ", "x", Describe(x), "w", Describe(w), "z", Describe(z)));
    Console.WriteLine(string.Concat("sizes: ", x.Length.ToString(), " ", w.Length.ToString(), " ", z.Length.ToString()));
    Console.WriteLine("""
        done: "valid" convolution
        """);
    return z;
}

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var dw = new double[x.Length - dz.Length + 1];
    for (int j = 0; j < dw.Length; j++)
        for (int i = 0; i < dz.Length; i++)
            dw[j] += dz[i] * x[i + j];
    Console.WriteLine(Math.Max(dw.Length, Math.Min(1, 2)) + $"{dw.Sum():E2}");
    return dw;
}
