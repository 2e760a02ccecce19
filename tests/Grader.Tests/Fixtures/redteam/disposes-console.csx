// Prints to both console writers, disposes them, then throws (a runtime error's report keeps the console output): the
// next submission in the same worker must still have its output kept, and not fail on a closed writer.
double[] Conv1D(double[] x, double[] w)
{
    Console.Error.WriteLine("kept on stderr");
    Console.Out.WriteLine("kept on stdout");
    using (var output = Console.Out) { }
    ((IDisposable)Console.Error).Dispose();
    Console.WriteLine("and after disposing");
    throw new InvalidOperationException("stops here");
}

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var dw = new double[x.Length - dz.Length + 1];
    for (int j = 0; j < dw.Length; j++)
        for (int i = 0; i < dz.Length; i++)
            dw[j] += dz[i] * x[i + j];
    return dw;
}
