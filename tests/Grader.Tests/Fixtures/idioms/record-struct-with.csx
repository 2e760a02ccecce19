// A record struct, changed with `with`, and a readonly record struct with a hand-written member.
readonly record struct Window(int Start, int Length)
{
    public Window Next() => this with { Start = Start + 1 };
}

record struct Accumulator(double Sum)
{
    public void Add(double value) => Sum += value;
}

double[] Conv1D(double[] x, double[] w)
{
    var z = new double[x.Length - w.Length + 1];
    var window = new Window(0, w.Length);
    for (int i = 0; i < z.Length; i++, window = window.Next())
    {
        var acc = new Accumulator(0);
        for (int j = 0; j < window.Length; j++) acc.Add(w[j] * x[window.Start + j]);
        z[i] = acc.Sum;
    }
    return z;
}

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var dw = new double[x.Length - dz.Length + 1];
    for (int j = 0; j < dw.Length; j++)
    {
        var acc = new Accumulator(0) with { Sum = 0 };
        for (int i = 0; i < dz.Length; i++) acc.Add(dz[i] * x[i + j]);
        dw[j] = acc.Sum;
    }
    return dw;
}
