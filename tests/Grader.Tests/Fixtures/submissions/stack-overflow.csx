// Conv1D recurses until the stack overflows, which kills the process. Not a tail call, so the JIT cannot turn it into a loop.
double[] Conv1D(double[] x, double[] w)
{
    var z = Conv1D(x, w);
    z[0] += 1;
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
