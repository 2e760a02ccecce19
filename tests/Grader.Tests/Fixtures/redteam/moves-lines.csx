// Points its messages at another student's file: a refusal or runtime error would name "alice.csx", line 1, and
// `#line hidden` would leave a runtime error with no line at all.
double[] Conv1D(double[] x, double[] w)
{
    var z = new double[x.Length - w.Length + 1];
    for (int i = 0; i < z.Length; i++)
        for (int j = 0; j < w.Length; j++)
            z[i] += w[j] * x[i + j];
    return z;
}
#line 1 "../alice.csx"
double[] Conv1DWeightGradient(double[] x, double[] dz)
{
#line hidden
    throw new System.InvalidOperationException("blame someone else");
}
