double[] Scale(double[] x, double a)
{
    var first = x[0]; // an empty vector has no first element
    return x.Select(v => v * a).ToArray();
}
