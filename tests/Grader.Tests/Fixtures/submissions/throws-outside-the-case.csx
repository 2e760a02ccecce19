// Conv1D starts an async void method that throws: the exception is rethrown on the thread pool, outside every case,
// and ends the worker process while the case waits in a loop. Not a stack overflow, though the runtime would abort
// the same way: the worker's exit code tells them apart.
using System;
double[] Conv1D(double[] x, double[] w)
{
    Explode();
    while (true) { }
}

async void Explode() => throw new InvalidOperationException("thrown outside the case");

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var dw = new double[x.Length - dz.Length + 1];
    for (int j = 0; j < dw.Length; j++)
        for (int i = 0; i < dz.Length; i++)
            dw[j] += dz[i] * x[i + j];
    return dw;
}
