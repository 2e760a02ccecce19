namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong answers for losses (HOMEWORK.md §3, §4), with the same parameters as the correct
/// functions in <see cref="Losses"/>: a result that matches one of these names the mistake.
/// </summary>
public static class LossesMistakes
{
    // ∂MSE/∂o_i = o_i − t_i: the factor 2/n dropped (it happens to be right for n = 2, as in seed 003).
    public static double[] MeanSquaredErrorGradientWithoutTwoOverN(double[] output, double[] target) =>
        Scaled(output, target, n => 1);

    // ∂MSE/∂o_i = 2(o_i − t_i): the mean's 1/n dropped, the gradient of the sum of squares.
    public static double[] MeanSquaredErrorGradientWithoutOneOverN(double[] output, double[] target) =>
        Scaled(output, target, n => 2);

    // ∂MSE/∂o_i = (1/n)(o_i − t_i): the gradient of ½·MSE, the 2 of the square cancelled against a ½ that is not there.
    public static double[] MeanSquaredErrorGradientWithoutTwo(double[] output, double[] target) =>
        Scaled(output, target, n => 1.0 / n);

    // ∂MSE/∂o_i = (2/n)(t_i − o_i): the inner derivative −1 of (t − o) lost, so SGD climbs the loss.
    public static double[] MeanSquaredErrorGradientWrongSign(double[] output, double[] target) =>
        Scaled(output, target, n => -2.0 / n);

    // BCE with log₁₀ instead of ln: 0.301 instead of ln 2 ≈ 0.693 at a = 0.5.
    public static double BinaryCrossEntropyLog10(double[] a, double[] y) => Losses.BinaryCrossEntropy(a, y) / Math.Log(10);

    // ∂CE/∂z = z − t: the softmax left out, the logits used as probabilities.
    public static double[] SoftmaxCrossEntropyGradientWithoutSoftmax(double[] logits, double[] target)
    {
        Losses.SoftmaxCrossEntropyGradient(logits, target); // same validation as the correct answer
        return logits.Select((z, i) => z - target[i]).ToArray();
    }

    // Quadratic cost delta a − y: the σ'(z) factor (the cause of the learning slowdown) forgotten.
    public static double QuadraticCostDeltaWithoutSigmoidDerivative(double z, double y) => Losses.CrossEntropyCostDelta(z, y);

    // factor(n)·(o_i − t_i), validated like the correct gradient.
    private static double[] Scaled(double[] output, double[] target, Func<int, double> factor)
    {
        Losses.MeanSquaredErrorGradient(output, target);
        return output.Select((o, i) => factor(output.Length) * (o - target[i])).ToArray();
    }

    // ∂BCE/∂a_i = (1/n)(a_i − y_i): the gradient with respect to the logit z of a = σ(z), not to the probability a.
    public static double[] BinaryCrossEntropyGradientWithRespectToLogit(double[] a, double[] y)
    {
        Losses.BinaryCrossEntropyGradient(a, y); // same validation as the correct answer
        return a.Select((ai, i) => (ai - y[i]) / a.Length).ToArray();
    }
}
