// Conv1D allocates without bound.
using System.Collections.Generic;
double[] Conv1D(double[] x, double[] w)
{
    var hoard = new List<double[]>();
    while (true) hoard.Add(new double[1 << 20]);
}

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var dw = new double[x.Length - dz.Length + 1];
    for (int j = 0; j < dw.Length; j++)
        for (int i = 0; i < dz.Length; i++)
            dw[j] += dz[i] * x[i + j];
    return dw;
}
