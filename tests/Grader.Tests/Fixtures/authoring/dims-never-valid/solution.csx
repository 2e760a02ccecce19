double[] Scale(double[] x, double a)
{
    if (x.Length < 2) throw new ArgumentException($"x has {x.Length} elements; it needs at least 2");
    return x.Select(v => v * a).ToArray();
}
