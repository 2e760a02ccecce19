namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong answers for initialisation (docs/homework-sources.md#activations-losses), with the same
/// parameters as the correct functions in <see cref="Initializers"/>: a result that matches one of these names the
/// mistake.
/// </summary>
public static class InitializersMistakes
{
    // σ = 2/n_in: the variance of N(0, 2/n_in) used as its standard deviation.
    public static double HeNormalStandardDeviationEqualToVariance(int fanIn) => Initializers.HeNormalVariance(fanIn);

    // b = √(6/n_in): the fan-out left out of Xavier's bound.
    public static double XavierUniformBoundFanInOnly(int fanIn, int fanOut)
    {
        Initializers.XavierUniformBound(fanIn, fanOut); // same validation as the correct answer
        return Math.Sqrt(6.0 / fanIn);
    }

    // b = √(2/(n_in + n_out)): the variance's square root used as the uniform bound (that is the normal's σ).
    public static double XavierUniformBoundFromVariance(int fanIn, int fanOut) =>
        Math.Sqrt(Initializers.XavierVariance(fanIn, fanOut));

    // Var = 1/n_in: LeCun's variance, without the 2 that makes up for ReLU zeroing half its inputs.
    public static double HeNormalVarianceWithoutTwo(int fanIn) => Initializers.HeNormalVariance(fanIn) / 2;
}
