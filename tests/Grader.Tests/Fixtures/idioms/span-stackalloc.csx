// Spans, slices and stackalloc for the scratch buffer.
double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
{
    double sum = 0;
    for (int i = 0; i < a.Length; i++) sum += a[i] * b[i];
    return sum;
}

double[] Conv1D(double[] x, double[] w)
{
    Span<double> z = stackalloc double[x.Length - w.Length + 1];
    for (int i = 0; i < z.Length; i++) z[i] = Dot(w, x.AsSpan(i, w.Length));
    return z.ToArray();
}

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var dw = new double[x.Length - dz.Length + 1];
    var input = new ReadOnlySpan<double>(x);
    for (int j = 0; j < dw.Length; j++) dw[j] = Dot(dz, input[j..(j + dz.Length)]);
    return dw;
}
