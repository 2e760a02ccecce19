// Local functions (static and capturing) and generic helpers with constraints.
T[] Fill<T>(int n, Func<int, T> at) where T : struct
{
    var result = new T[n];
    for (int i = 0; i < n; i++) result[i] = at(i);
    return result;
}

double[] Conv1D(double[] x, double[] w)
{
    double At(int i)
    {
        double sum = 0;
        for (int j = 0; j < w.Length; j++) sum += w[j] * x[i + j];
        return sum;
    }
    return Fill(x.Length - w.Length + 1, At);
}

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    static double Dot(double[] a, double[] b, int offset)
    {
        double sum = 0;
        for (int i = 0; i < b.Length; i++) sum += b[i] * a[i + offset];
        return sum;
    }
    return Fill<double>(x.Length - dz.Length + 1, j => Dot(x, dz, j));
}
