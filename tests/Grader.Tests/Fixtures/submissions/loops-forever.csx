// Conv1D never returns.
double[] Conv1D(double[] x, double[] w)
{
    var z = new double[1];
    while (true) z[0] += 1;
}

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var dw = new double[x.Length - dz.Length + 1];
    for (int j = 0; j < dw.Length; j++)
        for (int i = 0; i < dz.Length; i++)
            dw[j] += dz[i] * x[i + j];
    return dw;
}
