#line (1, 1) - (1, 10) 5 "a.csx"
double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var dw = new double[x.Length - dz.Length + 1];
    for (int j = 0; j < dw.Length; j++)
        for (int i = 0; i < dz.Length; i++)
            dw[j] += dz[i] * x[i + j];
    return dw;
}
