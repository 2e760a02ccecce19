// Debugging habits: Debug.Assert (compiled away), prints to standard error and standard output, a Stopwatch, flushing
// the writers, Environment.NewLine, the writer's encoding and disposing it.
using System.Diagnostics;

double[] Conv1D(double[] x, double[] w)
{
    Debug.Assert(w.Length <= x.Length, "the kernel is longer than the input");
    var timer = Stopwatch.StartNew();
    var z = new double[x.Length - w.Length + 1];
    for (int i = 0; i < z.Length; i++)
        for (int j = 0; j < w.Length; j++)
            z[i] += w[j] * x[i + j];
    Console.Error.WriteLine($"conv took {timer.Elapsed.TotalMilliseconds:0.###} ms");
    Console.Out.Write("z = ");
    Console.Out.WriteLine(string.Join(", ", z));
    Console.Out.Write($"{Console.Out.Encoding.WebName}{Environment.NewLine}");
    Console.Out.Flush();
    Console.Error.Flush();
    Console.Out.Dispose();
    Console.Out.WriteLine("still printing");
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
