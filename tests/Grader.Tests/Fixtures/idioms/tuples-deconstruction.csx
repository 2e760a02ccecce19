// Tuples, named elements, deconstruction and a class with its own Deconstruct.
class Pair(double[] left, double[] right)
{
    public void Deconstruct(out double[] l, out double[] r) => (l, r) = (left, right);
}

(int Out, int K) Sizes(double[] x, double[] w) => (x.Length - w.Length + 1, w.Length);

double[] Conv1D(double[] x, double[] w)
{
    var (n, k) = Sizes(x, w);
    var z = new double[n];
    for (int i = 0; i < n; i++)
        for (int j = 0; j < k; j++)
        {
            (double a, double b) = (w[j], x[i + j]);
            z[i] += a * b;
        }
    return z;
}

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var (input, grad) = new Pair(x, dz);
    var sizes = Sizes(input, grad);
    var dw = new double[sizes.Out];
    for (int j = 0; j < dw.Length; j++)
        for (int i = 0; i < sizes.K; i++)
            dw[j] += grad[i] * input[i + j];
    return dw;
}
