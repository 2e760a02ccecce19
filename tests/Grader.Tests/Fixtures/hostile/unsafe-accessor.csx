// Reads a file through UnsafeAccessor: extern functions whose bodies the runtime supplies, so no call to System.IO
// appears in the compiled code.
using System.Runtime.CompilerServices;

double[] Conv1D(double[] x, double[] w)
{
    [UnsafeAccessor(UnsafeAccessorKind.Constructor)] static extern System.IO.StreamReader Open(string path);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "ReadLine")] static extern string? ReadLine(System.IO.StreamReader reader);
    return new double[] { ReadLine(Open("/etc/hostname"))?.Length ?? 0 };
}

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var dw = new double[x.Length - dz.Length + 1];
    for (int j = 0; j < dw.Length; j++)
        for (int i = 0; i < dz.Length; i++)
            dw[j] += dz[i] * x[i + j];
    return dw;
}
