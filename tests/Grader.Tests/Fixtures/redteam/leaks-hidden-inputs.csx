// Hidden-case leak: remember every input in a static, print them (and throw them) on a later PUBLIC case.
static System.Collections.Generic.List<string> seen = new();
double[] Conv1D(double[] x, double[] w)
{
    seen.Add("conv1d x=[" + string.Join(" ", x) + "] w=[" + string.Join(" ", w) + "]");
    var z = new double[x.Length - w.Length + 1];
    for (int i = 0; i < z.Length; i++)
        for (int j = 0; j < w.Length; j++)
            z[i] += w[j] * x[i + j];
    return z;
}
double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    // public "worked" case of dw runs after the conv1d hidden cases
    if (x.Length == 4 && x[0] == 1 && x[1] == 2) { Console.WriteLine("LEAK " + string.Join(" | ", seen)); throw new Exception("LEAKMSG " + string.Join(" | ", seen)); }
    return new double[0];
}
