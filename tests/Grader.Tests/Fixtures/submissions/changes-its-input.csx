// The right values, computed in place: Conv1D overwrites x with its answer and returns a copy; Conv1DWeightGradient
// leaves its arguments alone.
double[] Conv1D(double[] x, double[] w)
{
    int n = x.Length - w.Length + 1;
    for (int i = 0; i < n; i++)
    {
        double sum = 0;
        for (int j = 0; j < w.Length; j++) sum += w[j] * x[i + j];
        x[i] = sum;
    }
    return x[..n];
}

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var dw = new double[x.Length - dz.Length + 1];
    for (int j = 0; j < dw.Length; j++)
        for (int i = 0; i < dz.Length; i++)
            dw[j] += dz[i] * x[i + j];
    return dw;
}
