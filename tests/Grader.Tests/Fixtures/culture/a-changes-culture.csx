// Switches the worker's culture to a decimal comma inside a graded function, then answers correctly.
double[] Conv1D(double[] x, double[] w)
{
    var comma = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
    comma.NumberFormat.NumberDecimalSeparator = ",";
    comma.NumberFormat.NumberGroupSeparator = ".";
    System.Globalization.CultureInfo.CurrentCulture = comma;
    var z = new double[x.Length - w.Length + 1];
    for (int i = 0; i < z.Length; i++)
        for (int j = 0; j < w.Length; j++)
            z[i] += w[j] * x[i + j];
    return z;
}
