namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong verdicts of the learning-rate study (docs/homework-sources.md#optimizers), with the
/// signatures of <see cref="LearningRateVerdicts"/>: a result that matches one of these names the mistake. Both read
/// the final loss off a run that kept training after the loss overflowed
/// (<see cref="LearningRateStudyMistakes.LossCurveWithoutDivergenceStop"/>): once w itself overflows, ∞ − ∞ makes
/// it NaN, and every comparison with NaN is false.
/// </summary>
public static class LearningRateVerdictsMistakes
{
    // diverged[r] = L(w_steps) > L(w_0) with L(w_steps) = NaN for a run that blew up: NaN > L(w_0) is false, so the
    // rate that diverged worst is reported as not diverging
    public static bool[] DivergingRatesNaNNotDiverged(double[,] x, double[] y, string optimizer,
        double[] learningRates, int steps)
    {
        LearningRateVerdicts.DivergingRates(x, y, optimizer, learningRates, steps); // the same argument checks
        return Curves(x, y, optimizer, learningRates, steps).Select(curve => curve[^1] > curve[0]).ToArray();
    }

    // best = the index of min_r L(w_steps) with a NaN final loss among them: Enumerable.Min returns NaN when any
    // value is NaN and Array.IndexOf finds it (NaN.Equals(NaN) is true), as a loop "if (f[r] < f[best])" keeps a NaN
    // at index 0 that nothing compares below: the rate that diverged is named the best
    public static int BestLearningRateNaNLowest(double[,] x, double[] y, string optimizer, double[] learningRates,
        int steps)
    {
        LearningRateVerdicts.BestLearningRate(x, y, optimizer, learningRates, steps); // the same argument checks
        var final = Curves(x, y, optimizer, learningRates, steps).Select(curve => curve[^1]).ToArray();
        return Array.IndexOf(final, final.Min());
    }

    static double[][] Curves(double[,] x, double[] y, string optimizer, double[] learningRates, int steps) =>
        learningRates.Select(rate =>
            LearningRateStudyMistakes.LossCurveWithoutDivergenceStop(x, y, optimizer, rate, steps)).ToArray();
}
