// On a hidden case this script tries to carry the case's inputs into its report: in an exception message, in console
// output and in a wrong answer that encodes an input (the first wrong element would show it). On the public cases it
// says PublicDetail, which the report keeps.
double[] Conv1D(double[] x, double[] w)
{
    if (x.Length == 4) throw new System.ArgumentException("PublicDetail");
    System.Console.Write("LeakedOutput " + string.Join(",", x));
    throw new System.ArgumentException("LeakedMessage " + string.Join(",", x));
}

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    if (x.Length == 4) return new[] { 1.0, 2.0 };
    return new[] { 31415.5 + x[0], 0 };
}
