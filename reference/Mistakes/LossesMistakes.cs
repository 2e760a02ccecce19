namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong answers for losses (docs/homework-sources.md#mlp-by-hand and #activations-losses), with the
/// same parameters as the correct functions in <see cref="Losses"/>: a result that matches one of these names the
/// mistake.
/// </summary>
public static class LossesMistakes
{
    // ∂MSE/∂o_i = o_i − t_i: the factor 2/n dropped (it happens to be right for n = 2, as in seed 003).
    public static double[] MeanSquaredErrorGradientWithoutTwoOverN(double[] output, double[] target) =>
        Scaled(output, target, n => 1);

    // ∂MSE/∂o_i = 2(o_i − t_i): the mean's 1/n dropped, the gradient of the sum of squares.
    public static double[] MeanSquaredErrorGradientWithoutOneOverN(double[] output, double[] target) =>
        Scaled(output, target, n => 2);

    // ∂MSE/∂o_i = (1/n)(o_i − t_i): the gradient of ½·MSE,
    // the 2 of the square cancelled against a ½ that is not there.
    public static double[] MeanSquaredErrorGradientWithoutTwo(double[] output, double[] target) =>
        Scaled(output, target, n => 1.0 / n);

    // ∂MSE/∂o_i = (2/n)(t_i − o_i): the inner derivative −1 of (t − o) lost, so SGD climbs the loss.
    public static double[] MeanSquaredErrorGradientWrongSign(double[] output, double[] target) =>
        Scaled(output, target, n => -2.0 / n);

    // BCE with log₁₀ instead of ln: 0.301 instead of ln 2 ≈ 0.693 at a = 0.5.
    public static double BinaryCrossEntropyLog10(double[] a, double[] y) =>
        Losses.BinaryCrossEntropy(a, y) / Math.Log(10);

    // ∂CE/∂z = z − t: the softmax left out, the logits used as probabilities.
    public static double[] SoftmaxCrossEntropyGradientWithoutSoftmax(double[] logits, double[] target)
    {
        Losses.SoftmaxCrossEntropyGradient(logits, target); // same validation as the correct answer
        return logits.Select((z, i) => z - target[i]).ToArray();
    }

    // Quadratic cost delta a − y: the σ'(z) factor (the cause of the learning slowdown) forgotten.
    public static double QuadraticCostDeltaWithoutSigmoidDerivative(double z, double y) =>
        Losses.CrossEntropyCostDelta(z, y);

    // factor(n)·(o_i − t_i), validated like the correct gradient.
    private static double[] Scaled(double[] output, double[] target, Func<int, double> factor)
    {
        Losses.MeanSquaredErrorGradient(output, target);
        return output.Select((o, i) => factor(output.Length) * (o - target[i])).ToArray();
    }

    // ∂BCE/∂a_i = (1/n)(a_i − y_i): the gradient with respect to the logit z of a = σ(z),
    // not to the probability a.
    public static double[] BinaryCrossEntropyGradientWithRespectToLogit(double[] a, double[] y)
    {
        Losses.BinaryCrossEntropyGradient(a, y); // same validation as the correct answer
        return a.Select((ai, i) => (ai - y[i]) / a.Length).ToArray();
    }

    // BCE with a clipped to [1e−7, 1 − 1e−7] (Keras's epsilon):
    // finite where the statement asks for +∞ (a = 0, y = 1).
    public static double BinaryCrossEntropyClipped(double[] a, double[] y)
    {
        Losses.BinaryCrossEntropy(a, y); // same validation as the correct answer
        return Losses.BinaryCrossEntropy(a.Select(v => Math.Clamp(v, ClipEpsilon, 1 - ClipEpsilon)).ToArray(), y);
    }

    internal const double ClipEpsilon = 1e-7;

    // BCE = −(1/n) Σ_i [y_i ln a_i + (1 − y_i) ln(1 − a_i)] term by term, without the statement's 0·ln 0 = 0:
    // where a_i = y_i = 1 (or 0) the other term is 0·(−∞) = NaN, so a certain right answer turns the loss NaN
    public static double BinaryCrossEntropyWithoutZeroLogZero(double[] a, double[] y)
    {
        Losses.BinaryCrossEntropy(a, y); // same validation as the correct answer
        return -a.Select((ai, i) => y[i] * Math.Log(ai) + (1 - y[i]) * Math.Log(1 - ai)).Sum() / a.Length;
    }

    // softmax(z)_i = e^{z_i} / Σ_j e^{z_j} without subtracting max z: e^{1000} = +∞, and ∞/∞ is NaN.
    public static double[] SoftmaxWithoutMaxShift(double[] z)
    {
        Losses.Softmax(z); // same validation as the correct answer
        var e = z.Select(Math.Exp).ToArray();
        double sum = e.Sum();
        return e.Select(v => v / sum).ToArray();
    }

    // CE = −Σ_i t_i ln(e^{z_i} / Σ_j e^{z_j}) without the max shift: NaN once a logit passes about 709.
    public static double SoftmaxCrossEntropyWithoutMaxShift(double[] logits, double[] target)
    {
        Losses.SoftmaxCrossEntropy(logits, target); // same validation as the correct answer
        var p = SoftmaxWithoutMaxShift(logits);
        return -p.Select((pi, i) => target[i] == 0 ? 0 : target[i] * Math.Log(pi)).Sum();
    }

    // ∂CE/∂z = softmax(z) − t with the softmax computed without the max shift.
    public static double[] SoftmaxCrossEntropyGradientWithoutMaxShift(double[] logits, double[] target)
    {
        Losses.SoftmaxCrossEntropyGradient(logits, target); // same validation as the correct answer
        return SoftmaxWithoutMaxShift(logits).Select((pi, i) => pi * target.Sum() - target[i]).ToArray();
    }

    // CE = −ln softmax(z)_k with k = argmax t: the target read as one-hot, right only when it is one.
    public static double SoftmaxCrossEntropyOneHotAssumed(double[] logits, double[] target) =>
        Losses.SoftmaxCrossEntropy(logits, OneHot(target));

    // ∂CE/∂z = softmax(z) − e_k with k = argmax t: the target read as one-hot.
    public static double[] SoftmaxCrossEntropyGradientOneHotAssumed(double[] logits, double[] target) =>
        Losses.SoftmaxCrossEntropyGradient(logits, OneHot(target));

    // e_k, k the first index of the largest target entry, validated like the correct answer's target.
    private static double[] OneHot(double[] target)
    {
        if (target.Length == 0) throw new ArgumentException("the target is empty");
        int k = Array.IndexOf(target, target.Max());
        return target.Select((_, i) => i == k ? 1.0 : 0.0).ToArray();
    }

    // ∂BCE/∂a_i = (a_i − y_i) / (a_i(1 − a_i)): the 1/n of the mean dropped (right only for n = 1).
    public static double[] BinaryCrossEntropyGradientWithoutMean(double[] a, double[] y) =>
        Losses.BinaryCrossEntropyGradient(a, y).Select(g => g * a.Length).ToArray();
}
