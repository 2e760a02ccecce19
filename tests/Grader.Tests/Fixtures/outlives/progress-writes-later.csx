// A callback on the thread pool that keeps printing: without care its text lands in the next student's console output.
((IProgress<int>)new Progress<int>(_ =>
{
    while (true) Console.Write("<injected by another student>");
})).Report(1);

double[] Conv1D(double[] x, double[] w)
{
    var z = new double[x.Length - w.Length + 1];
    for (int i = 0; i < z.Length; i++)
        for (int j = 0; j < w.Length; j++)
            z[i] += w[j] * x[i + j];
    return z;
}
