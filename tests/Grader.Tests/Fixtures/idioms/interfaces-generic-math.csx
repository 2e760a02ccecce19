// An interface with a default member, an abstract base, generic math over INumber<T> and a delegate.
interface IKernel
{
    double At(int j);
    int Length { get; }
    double Apply(double[] x, int i)
    {
        double sum = 0;
        for (int j = 0; j < Length; j++) sum += At(j) * x[i + j];
        return sum;
    }
}

abstract class Kernel(double[] w) : IKernel
{
    public virtual double At(int j) => w[j];
    public int Length => w.Length;
}

sealed class Plain(double[] w) : Kernel(w);

T Sum<T>(IEnumerable<T> values) where T : INumber<T>
{
    T total = T.Zero;
    foreach (var v in values) total += v;
    return total;
}

delegate double Combine(double a, double b);

double[] Conv1D(double[] x, double[] w)
{
    IKernel kernel = new Plain(w);
    return Enumerable.Range(0, x.Length - w.Length + 1).Select(i => kernel.Apply(x, i)).ToArray();
}

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    Combine times = (a, b) => a * b;
    return Enumerable.Range(0, x.Length - dz.Length + 1)
        .Select(j => Sum(Enumerable.Range(0, dz.Length).Select(i => times(dz[i], x[i + j])))).ToArray();
}
