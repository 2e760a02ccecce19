// Overlapping fields forge a reference: the array's length is rewritten and memory read past its end.
using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Explicit)]
class Overlay
{
    [FieldOffset(0)] public object Array = null!;
    [FieldOffset(0)] public Header Forged = null!;
}

class Header { public long Length; }

double[] Conv1D(double[] x, double[] w)
{
    var a = new double[4];
    var overlay = new Overlay { Array = a };
    overlay.Forged.Length = 1 << 20;
    return new[] { a.Length, a[6] };
}

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var dw = new double[x.Length - dz.Length + 1];
    for (int j = 0; j < dw.Length; j++)
        for (int i = 0; i < dz.Length; i++)
            dw[j] += dz[i] * x[i + j];
    return dw;
}
