// Wrong on every case (one too many elements shifted by one), and it prints on the way, markup and a code fence
// among it: the report shows the output as text, the inputs, the first difference and a call to reproduce it.
double[] Conv1D(double[] x, double[] w)
{
    System.Console.WriteLine("PrintedLine ``` <b>bold</b> *star*");
    var y = new double[x.Length - w.Length + 1];
    for (int i = 0; i < y.Length; i++)
        for (int j = 0; j < w.Length; j++) y[i] += x[i + j] * w[j];
    y[^1] += 1;
    return y;
}

double[] Conv1DWeightGradient(double[] x, double[] dz) => new double[x.Length - dz.Length + 1];
