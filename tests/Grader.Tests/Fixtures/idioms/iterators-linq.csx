// An iterator and LINQ, in method and query syntax.
IEnumerable<int> Positions(int count)
{
    for (int i = 0; i < count; i++) yield return i;
}

double[] Conv1D(double[] x, double[] w) =>
    Positions(x.Length - w.Length + 1).Select(i => w.Select((wj, j) => wj * x[i + j]).Sum()).ToArray();

double[] Conv1DWeightGradient(double[] x, double[] dz) =>
    (from j in Enumerable.Range(0, x.Length - dz.Length + 1)
     select (from i in Positions(dz.Length) select dz[i] * x[i + j]).Aggregate(0.0, (a, b) => a + b)).ToArray();
