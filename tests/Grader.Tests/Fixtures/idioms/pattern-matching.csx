// Patterns: switch expressions, property, relational, list and type patterns.
double Multiply(object a, double b) => a switch
{
    double d when d == 0 => 0,
    double d => d * b,
    int i => i * b,
    _ => throw new ArgumentException("not a number"),
};

double[] Conv1D(double[] x, double[] w)
{
    if (x is not { Length: > 0 } || w is []) throw new ArgumentException("empty");
    var z = new double[x.Length - w.Length + 1];
    for (int i = 0; i < z.Length; i++)
        for (int j = 0; j < w.Length; j++)
            z[i] += Multiply(w[j], x[i + j]);
    return z;
}

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var dw = new double[x.Length - dz.Length + 1];
    for (int j = 0; j < dw.Length; j++)
        for (int i = 0; i < dz.Length; i++)
            dw[j] += dz switch { [var only] => only * x[j], _ => dz[i] * x[i + j] } is var v and not double.NaN ? v : 0;
    return dw;
}
