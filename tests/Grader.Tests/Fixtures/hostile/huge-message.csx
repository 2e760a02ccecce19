// Throws an exception whose message is 50 million characters long.
double[] Conv1D(double[] x, double[] w) => throw new Exception(new string('x', 50_000_000));

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var dw = new double[x.Length - dz.Length + 1];
    for (int j = 0; j < dw.Length; j++)
        for (int i = 0; i < dz.Length; i++)
            dw[j] += dz[i] * x[i + j];
    return dw;
}
