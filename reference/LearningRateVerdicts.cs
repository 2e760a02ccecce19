namespace Grader.Reference;

/// <summary>
/// What seed 003 P4 reads off the loss curves of <see cref="LearningRateStudy.LossCurve"/>, as numbers a grader can
/// check (docs/homework-sources.md#optimizers): which learning rates diverge, how many steps each needs to cut the
/// loss, which is best. Draws too close to a decision boundary to be decided robustly are rejected with an
/// ArgumentException.
/// </summary>
public static class LearningRateVerdicts
{
    // How close (relative) a loss may come to a boundary before the verdict is called ambiguous.
    const double Margin = 1e-6;

    // diverged[r] = L(w_steps) > L(w_0) at rate r: training made the loss worse (or overflowed to +∞)
    public static bool[] DivergingRates(double[,] x, double[] y, string optimizer, double[] learningRates, int steps) =>
        Curves(x, y, optimizer, learningRates, steps).Select(curve =>
        {
            CheckAwayFrom(curve[^1], curve[0], "the final loss is too close to the initial loss");
            return curve[^1] > curve[0];
        }).ToArray();

    // reached[r] = the first k with L(w_k) ≤ fraction·L(w_0) at rate r, or −1 if no k ≤ steps gets there
    // (−1 is a diverging rate, or one too slow to cut the loss by that much in the steps given); a fraction ≥ 1 is
    // met by L(w_0) itself, k = 0
    public static int[] StepsToReach(double[,] x, double[] y, string optimizer, double[] learningRates, int steps,
        double fraction)
    {
        if (!(fraction > 0 && double.IsFinite(fraction)))
            throw new ArgumentException($"fraction must be a finite number > 0, got {fraction}");
        return Curves(x, y, optimizer, learningRates, steps).Select(curve =>
        {
            double target = fraction * curve[0];
            foreach (double loss in curve) CheckAwayFrom(loss, target, "a loss is too close to the target");
            return Array.FindIndex(curve, loss => loss <= target);
        }).ToArray();
    }

    // best = argmin_r L(w_steps) at rate r: the index of the learning rate with the lowest final loss
    public static int BestLearningRate(double[,] x, double[] y, string optimizer, double[] learningRates, int steps)
    {
        var final = Curves(x, y, optimizer, learningRates, steps).Select(curve => curve[^1]).ToArray();
        int best = Array.IndexOf(final, final.Min());
        for (int r = 0; r < final.Length; r++)
            if (r != best) CheckAwayFrom(final[r], final[best], "two learning rates end with nearly the same loss");
        return best;
    }

    static double[][] Curves(double[,] x, double[] y, string optimizer, double[] learningRates, int steps)
    {
        ArgumentNullException.ThrowIfNull(learningRates);
        if (learningRates.Length == 0) throw new ArgumentException("give at least one learning rate");
        return learningRates.Select(rate => LearningRateStudy.LossCurve(x, y, optimizer, rate, steps)).ToArray();
    }

    static void CheckAwayFrom(double value, double boundary, string what)
    {
        if (double.IsFinite(value) && Math.Abs(value - boundary) <= Margin * Math.Abs(boundary))
            throw new ArgumentException($"ambiguous: {what} ({value} vs {boundary})");
    }
}
