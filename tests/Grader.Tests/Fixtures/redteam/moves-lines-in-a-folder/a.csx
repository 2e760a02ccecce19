// The grader joins this folder's files with its own #line directives; a student's one in the second file is refused.
double[] Conv1D(double[] x, double[] w)
{
    var z = new double[x.Length - w.Length + 1];
    for (int i = 0; i < z.Length; i++)
        for (int j = 0; j < w.Length; j++)
            z[i] += w[j] * x[i + j];
    return z;
}
