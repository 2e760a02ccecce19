// An abstract class with an override, a primary constructor, an interface with a default method, ToString overrides.
abstract class Layer
{
    public abstract double[] Forward(double[] x);
    public override string ToString() => "layer";
}

sealed class Conv(double[] w) : Layer, IShape
{
    public override double[] Forward(double[] x)
    {
        var z = new double[((IShape)this).Out(x.Length, w.Length)];
        for (int i = 0; i < z.Length; i++)
            for (int k = 0; k < w.Length; k++) z[i] += x[i + k] * w[k];
        return z;
    }
    public override string ToString() => $"conv({w.Length}) after {base.ToString()}";
}

interface IShape { int Out(int n, int k) => n - k + 1; }

double[] Conv1D(double[] x, double[] w) { Layer layer = new Conv(w); Console.WriteLine(layer); return layer.Forward(x); }

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var dw = new double[x.Length - dz.Length + 1];
    for (int j = 0; j < dw.Length; j++)
        for (int i = 0; i < dz.Length; i++)
            dw[j] += dz[i] * x[i + j];
    return dw;
}
