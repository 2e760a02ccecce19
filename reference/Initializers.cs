namespace Grader.Reference;

/// <summary>
/// Weight initialisation (docs/homework-sources.md#activations-losses; seeds 000, 004). Matrices are fanOut × fanIn,
/// the Mlp.Dense layout. The samplers are seeded System.Random draws in a documented order, so a student who follows
/// the same recipe gets the same matrix; graders should still compare sample statistics, not values.
/// </summary>
public static class Initializers
{
    // b = √6 / √(n_in + n_out): Xavier/Glorot uniform W ~ U[−b, b] (Glorot & Bengio 2010; seed 004).
    public static double XavierUniformBound(int fanIn, int fanOut)
    {
        CheckFans(fanIn, fanOut);
        return Math.Sqrt(6) / Math.Sqrt((double)fanIn + fanOut);
    }

    // Var = b²/3 = 2 / (n_in + n_out): the variance of U[−b, b],
    // the average of 1/n_in (forward) and 1/n_out (backward).
    public static double XavierVariance(int fanIn, int fanOut)
    {
        double b = XavierUniformBound(fanIn, fanOut);
        return b * b / 3;
    }

    // Var = 2 / n_in: He normal W ~ N(0, 2/n_in); the 2 makes up for ReLU zeroing half its inputs
    // (He et al. 2015; seed 004).
    public static double HeNormalVariance(int fanIn)
    {
        CheckFans(fanIn, 1);
        return 2.0 / fanIn;
    }

    // σ = √(2 / n_in), the standard deviation to sample He normal with.
    public static double HeNormalStandardDeviation(int fanIn) => Math.Sqrt(HeNormalVariance(fanIn));

    // W[j, i] = b(2u − 1), u = NextDouble() of new Random(seed), filled row by row.
    public static double[,] XavierUniform(int fanIn, int fanOut, int seed)
    {
        double bound = XavierUniformBound(fanIn, fanOut);
        var random = new Random(seed);
        return Fill(fanIn, fanOut, () => bound * (2 * random.NextDouble() - 1));
    }

    // W[j, i] = σ·√(−2 ln(1 − u₁))·cos(2πu₂) (Box–Muller),
    // two NextDouble() per entry of new Random(seed), row by row.
    public static double[,] HeNormal(int fanIn, int fanOut, int seed)
    {
        double sigma = HeNormalStandardDeviation(fanIn);
        CheckFans(fanIn, fanOut);
        var random = new Random(seed);
        return Fill(fanIn, fanOut, () =>
        {
            double u1 = random.NextDouble(), u2 = random.NextDouble();
            return sigma * Math.Sqrt(-2 * Math.Log(1 - u1)) * Math.Cos(2 * Math.PI * u2);
        });
    }

    private static double[,] Fill(int fanIn, int fanOut, Func<double> sample)
    {
        var w = new double[fanOut, fanIn];
        for (int j = 0; j < fanOut; j++)
            for (int i = 0; i < fanIn; i++)
                w[j, i] = sample();
        return w;
    }

    private static void CheckFans(int fanIn, int fanOut)
    {
        if (fanIn <= 0 || fanOut <= 0)
            throw new ArgumentException($"fan-in and fan-out must be positive, got {fanIn} and {fanOut}");
    }
}
