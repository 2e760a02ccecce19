double[] Scale(double[] x, double a) => x.Select(v => v * a).ToArray();
