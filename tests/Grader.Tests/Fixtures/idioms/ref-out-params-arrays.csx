// out and ref parameters, ref returns and locals, params, a rectangular array, Array.Copy, Buffer.BlockCopy and FMA.
static void Dot(double[] x, int at, double[] w, out double sum)
{
    sum = 0;
    for (int k = 0; k < w.Length; k++) sum = Math.FusedMultiplyAdd(x[at + k], w[k], sum);
}

static ref double At(double[] a, int i) => ref a[i];
static double Total(params double[] parts) { double s = 0; foreach (var p in parts) s += p; return s; }

double[] Conv1D(double[] x, double[] w)
{
    var windows = new double[x.Length - w.Length + 1, w.Length];
    for (int i = 0; i < windows.GetLength(0); i++)
        for (int k = 0; k < w.Length; k++) windows[i, k] = x[i + k];
    var z = new double[windows.GetLength(0)];
    var row = new double[w.Length];
    for (int i = 0; i < z.Length; i++)
    {
        for (int k = 0; k < w.Length; k++) row[k] = windows[i, k];
        Dot(row, 0, w, out var s);
        ref double slot = ref At(z, i);
        slot = Total(s, 0.0);
    }
    var copy = new double[z.Length];
    Array.Copy(z, copy, z.Length);
    Buffer.BlockCopy(copy, 0, z, 0, z.Length * sizeof(double));
    return z;
}

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var dw = new double[x.Length - dz.Length + 1];
    for (int j = 0; j < dw.Length; j++)
        for (int i = 0; i < dz.Length; i++)
            dw[j] += dz[i] * x[i + j];
    return dw;
}
