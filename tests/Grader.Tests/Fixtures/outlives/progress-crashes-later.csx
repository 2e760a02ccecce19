// Queues a callback on the thread pool through Progress<T>: it waits, then throws, which would end the worker
// process while the next student's cases run in it.
((IProgress<int>)new Progress<int>(_ =>
{
    var until = DateTime.UtcNow.AddMilliseconds(100);
    while (DateTime.UtcNow < until) { }
    throw new InvalidOperationException("left behind");
})).Report(1);

double[] Conv1D(double[] x, double[] w)
{
    var z = new double[x.Length - w.Length + 1];
    for (int i = 0; i < z.Length; i++)
        for (int j = 0; j < w.Length; j++)
            z[i] += w[j] * x[i + j];
    return z;
}
