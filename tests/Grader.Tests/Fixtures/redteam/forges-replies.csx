// Stealthier variant: full marks for the attacker, zero for every later student in the same worker.
// On its last case it forges its own (correct) reply, then one extra Ok; the genuine reply left in the pipe is then read
// as the answer to the parent's Quiesce request ("idle proven"), and every later reply in this worker is off by one.
static int dwCalls;
double[] Conv1D(double[] x, double[] w)
{
    var z = new double[x.Length - w.Length + 1];
    for (int i = 0; i < z.Length; i++)
        for (int j = 0; j < w.Length; j++)
            z[i] += w[j] * x[i + j];
    return z;
}
double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var dw = new double[x.Length - dz.Length + 1];
    for (int j = 0; j < dw.Length; j++)
        for (int i = 0; i < dz.Length; i++)
            dw[j] += dz[i] * x[i + j];
    if (++dwCalls == 2)
    {
        var json = "[" + string.Join(",", dw.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "]";
        Internal.Console.Write("\v" + (char)json.Length + json + "\0\0" + "\n\0"); // Returned(json, "", "") then Ok("")
    }
    return dw;
}
