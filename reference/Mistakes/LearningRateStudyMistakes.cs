namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong loss curves for the learning-rate study (docs/homework-sources.md#optimizers), with the
/// signature of <see cref="LearningRateStudy.LossCurve"/>: a result that matches one of these names the mistake.
/// </summary>
public static class LearningRateStudyMistakes
{
    // ∇L = (1/N) Xᵀ(Xw − y): the 2 of the square's derivative dropped, so SGD and momentum move at half the rate
    // (RMSprop and Adam divide the scale away and are, up to ε, unaffected)
    public static double[] LossCurveGradientWithoutFactorTwo(double[,] x, double[] y, string optimizer,
        double learningRate, int steps) =>
        Train(x, y, optimizer, learningRate, steps, gradientScale: 0.5, includeInitialLoss: true);

    // the curve trained by Adam without bias correction (OptimizersMistakes.AdamWithoutBiasCorrection); other
    // optimisers as in the reference
    public static double[] LossCurveAdamWithoutBiasCorrection(double[,] x, double[] y, string optimizer,
        double learningRate, int steps) =>
        Train(x, y, optimizer, learningRate, steps, gradientScale: 1, includeInitialLoss: true,
            adamBiasCorrection: false);

    // curve[k] = L(w_{k+1}) for k = 0..steps−1: the loss recorded after each step, so the curve misses L(w_0)
    public static double[] LossCurveWithoutInitialLoss(double[,] x, double[] y, string optimizer, double learningRate,
        int steps) =>
        Train(x, y, optimizer, learningRate, steps, gradientScale: 1, includeInitialLoss: false);

    // the loss recorded at every step without stopping when it overflows: once w itself overflows, ∞ − ∞ turns
    // the rest of the curve into NaN where the statement asks for +∞
    public static double[] LossCurveWithoutDivergenceStop(double[,] x, double[] y, string optimizer,
        double learningRate, int steps) =>
        Train(x, y, optimizer, learningRate, steps, gradientScale: 1, includeInitialLoss: true, stopAtOverflow: false);

    // the Adam curve with the step count t starting at 0: the first bias correction divides by 1 − β^0 = 0, w turns
    // NaN and the rest of the curve is +∞
    public static double[] LossCurveAdamStepCountFromZero(double[,] x, double[] y, string optimizer,
        double learningRate, int steps) =>
        Train(x, y, optimizer, learningRate, steps, gradientScale: 1, includeInitialLoss: true, adamFirstStep: 0);

    // the Adam curve trained by a step that corrects with 1 − β^(t+1) (OptimizersMistakes.AdamStepCountFromZero)
    // while the loop hands it t = 1, 2, …: every bias correction is one step too weak
    public static double[] LossCurveAdamStepCountedTwice(double[,] x, double[] y, string optimizer,
        double learningRate, int steps) =>
        Train(x, y, optimizer, learningRate, steps, gradientScale: 1, includeInitialLoss: true, adamFirstStep: 2);

    delegate (double[] w, double[] m, double[] v) AdamRule(
        double[] w, double[] g, double[] m, double[] v, int t, double learningRate,
        double beta1, double beta2, double eps);

    static double[] Train(double[,] x, double[] y, string optimizer, double learningRate, int steps,
        double gradientScale, bool includeInitialLoss,
        bool adamBiasCorrection = true, bool stopAtOverflow = true, int adamFirstStep = 1)
    {
        LearningRateStudy.LossCurve(x, y, optimizer, learningRate, steps); // the same argument checks
        var w = new double[x.GetLength(1)];
        double[] first = new double[w.Length], second = new double[w.Length];
        var curve = new double[steps + 1];
        bool diverged = false;
        for (int k = 0; k <= steps; k++)
        {
            double loss = diverged ? double.PositiveInfinity : LearningRateStudy.MeanSquaredError(x, y, w);
            diverged = stopAtOverflow && !double.IsFinite(loss);
            curve[k] = diverged ? double.PositiveInfinity : loss;
            if (diverged || k == steps) continue;
            var g = LearningRateStudy.MeanSquaredErrorGradient(x, y, w).Select(v => v * gradientScale).ToArray();
            switch (optimizer)
            {
                case "sgd": w = Optimizers.SgdStep(w, g, learningRate); break;
                case "momentum":
                    (w, first) = Optimizers.MomentumStep(w, g, first, learningRate, LearningRateStudy.Momentum);
                    break;
                case "rmsprop":
                    (w, second) = Optimizers.RmspropStep(
                        w, g, second, learningRate, LearningRateStudy.Rho, LearningRateStudy.Eps);
                    break;
                case "adam" when k + adamFirstStep == 0:
                    (w, first, second) = AdamAtStepZero(w, g, first, second, learningRate);
                    break;
                default:
                    var adam = adamBiasCorrection
                        ? (AdamRule)Optimizers.AdamStep : OptimizersMistakes.AdamWithoutBiasCorrection;
                    (w, first, second) = adam(w, g, first, second, k + adamFirstStep, learningRate,
                        LearningRateStudy.Beta1, LearningRateStudy.Beta2, LearningRateStudy.Eps);
                    break;
            }
        }
        return includeInitialLoss ? curve : curve[1..];
    }

    // Adam's update with t = 0, which the reference refuses:
    // m̂ = m/(1 − β1⁰) and v̂ = v/(1 − β2⁰) divide by 0
    static (double[] w, double[] m, double[] v) AdamAtStepZero(double[] w, double[] g, double[] m, double[] v,
        double learningRate)
    {
        const double b1 = LearningRateStudy.Beta1, b2 = LearningRateStudy.Beta2, zero = 1 - 1.0;
        var first = m.Select((mi, i) => b1 * mi + (1 - b1) * g[i]).ToArray();
        var second = v.Select((vi, i) => b2 * vi + (1 - b2) * g[i] * g[i]).ToArray();
        var updated = w.Select((wi, i) =>
            wi - learningRate * (first[i] / zero) / (Math.Sqrt(second[i] / zero) + LearningRateStudy.Eps));
        return (updated.ToArray(), first, second);
    }
}
