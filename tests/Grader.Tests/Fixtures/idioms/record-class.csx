// A positional record class holds the shapes; records compare by value.
record Shape(int Input, int Kernel)
{
    public int Output => Input - Kernel + 1;
}

double[] Conv1D(double[] x, double[] w)
{
    var shape = new Shape(x.Length, w.Length);
    if (shape != new Shape(x.Length, w.Length)) throw new InvalidOperationException("records compare by value");
    var z = new double[shape.Output];
    for (int i = 0; i < z.Length; i++)
        for (int j = 0; j < w.Length; j++)
            z[i] += w[j] * x[i + j];
    return z;
}

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var shape = new Shape(x.Length, dz.Length);
    var dw = new double[shape.Output];
    for (int j = 0; j < dw.Length; j++)
        for (int i = 0; i < dz.Length; i++)
            dw[j] += dz[i] * x[i + j];
    return dw;
}
