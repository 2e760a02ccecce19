// An async void method whose awaiter resumes it on the thread pool (through a Progress<T> callback), where it throws
// later: an unhandled exception on a pool thread ends the process.
class ResumeLater : System.Runtime.CompilerServices.INotifyCompletion
{
    public ResumeLater GetAwaiter() => this;
    public bool IsCompleted => false;
    public void GetResult() { }
    public void OnCompleted(Action continuation) =>
        ((IProgress<int>)new Progress<int>(_ => continuation())).Report(0);
}

async void Later()
{
    await new ResumeLater();
    var until = DateTime.UtcNow.AddMilliseconds(100);
    while (DateTime.UtcNow < until) { }
    throw new InvalidOperationException("left behind");
}

double[] Conv1D(double[] x, double[] w)
{
    Later();
    var z = new double[x.Length - w.Length + 1];
    for (int i = 0; i < z.Length; i++)
        for (int j = 0; j < w.Length; j++)
            z[i] += w[j] * x[i + j];
    return z;
}
