// A correct answer that parses a number written with a decimal point, as students sometimes do: it depends on the culture.
double[] Conv1D(double[] x, double[] w)
{
    var z = new double[x.Length - w.Length + 1];
    for (int i = 0; i < z.Length; i++)
        for (int j = 0; j < w.Length; j++)
            z[i] += w[j] * x[i + j] * double.Parse("1.0");
    return z;
}
