// Reads and writes memory out of bounds through Vector128's unchecked loads and stores.
using System.Runtime.Intrinsics;

double[] Conv1D(double[] x, double[] w)
{
    var a = new long[2];
    long peek = Vector128.LoadUnsafe(ref a[0], (nuint)1000).GetElement(0);
    var z = new double[x.Length - w.Length + 1];
    for (int i = 0; i < z.Length; i++)
        for (int j = 0; j < w.Length; j++)
            z[i] += w[j] * x[i + j];
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
