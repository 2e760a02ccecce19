// x·a, element by element
double[] Scale(double[] x, double a)
{
    return x.Select(v => v * b).ToArray();
}
