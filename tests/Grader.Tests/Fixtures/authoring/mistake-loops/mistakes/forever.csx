// Staff code can loop too: the worker's time limit stops it.
double[] Scale(double[] x, double a)
{
    while (a == a) { }
    return x;
}
