// Not C#.
double[] Conv1D(double[] x, double[] w)
{
    return x w;
}}}
this is not code
