// A field-like event (its add and remove compile to Interlocked.CompareExchange) and a delegate type.
delegate double Combine(double a, double b);

class Accumulator
{
    public event Action<int>? Stepped;
    public double Total;
    public void Add(double value, int step) { Total += value; Stepped?.Invoke(step); }
}

double[] Conv1D(double[] x, double[] w)
{
    Combine product = (a, b) => a * b;
    var z = new double[x.Length - w.Length + 1];
    int steps = 0;
    for (int i = 0; i < z.Length; i++)
    {
        var sum = new Accumulator();
        sum.Stepped += _ => steps++;
        for (int j = 0; j < w.Length; j++) sum.Add(product(w[j], x[i + j]), j);
        z[i] = sum.Total;
    }
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
