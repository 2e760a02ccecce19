// A hand-written awaiter hands the rest of an async void method to the thread pool (through YieldAwaiter), where it
// spins for ever: the next student in the same worker would share its CPU with it and time out.
class Later : System.Runtime.CompilerServices.INotifyCompletion
{
    public Later GetAwaiter() => this;
    public bool IsCompleted => false;
    public void GetResult() { }
    public void OnCompleted(Action continuation) =>
        default(System.Runtime.CompilerServices.YieldAwaitable).GetAwaiter().OnCompleted(continuation);
}

async void Spin()
{
    await new Later();
    long n = 0;
    while (true) n++;
}

for (int i = 0; i < 4; i++) Spin();

double[] Conv1D(double[] x, double[] w)
{
    var z = new double[x.Length - w.Length + 1];
    for (int i = 0; i < z.Length; i++)
        for (int j = 0; j < w.Length; j++)
            z[i] += w[j] * x[i + j];
    return z;
}
