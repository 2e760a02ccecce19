// Conv1D indexes past the end on line 5.
double[] Conv1D(double[] x, double[] w)
{
    var z = new double[x.Length];
    for (int i = 0; i < z.Length; i++) z[i] = x[i + w.Length];
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
