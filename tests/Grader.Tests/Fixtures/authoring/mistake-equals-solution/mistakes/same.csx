// Meant to forget the factor, but multiplies by it all the same.
double[] Scale(double[] x, double a) => x.Select(v => a * v).ToArray();
