// Conv1D starts an async void method that allocates without bound: its OutOfMemoryException is rethrown on the
// thread pool, outside every case, and ends the worker process while the case waits in a loop.
using System.Collections.Generic;
double[] Conv1D(double[] x, double[] w)
{
    Hoard();
    while (true) { }
}

async void Hoard()
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
