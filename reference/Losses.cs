namespace Grader.Reference;

/// <summary>
/// Losses and their gradients with respect to the network's output (docs/homework-sources.md#mlp-by-hand and
/// #activations-losses; seeds 000, 002, 003), and the learning-slowdown pair of Nielsen, "Neural Networks and Deep
/// Learning", ch. 3.
/// </summary>
public static class Losses
{
    // MSE = (1/n) Σ_i (o_i − t_i)² (seed 003 P3).
    public static double MeanSquaredError(double[] output, double[] target)
    {
        CheckPair(output, target);
        double sum = 0;
        for (int i = 0; i < output.Length; i++) sum += (output[i] - target[i]) * (output[i] - target[i]);
        return sum / output.Length;
    }

    // ∂MSE/∂o_i = (2/n)(o_i − t_i).
    public static double[] MeanSquaredErrorGradient(double[] output, double[] target)
    {
        CheckPair(output, target);
        return output.Select((o, i) => 2.0 / output.Length * (o - target[i])).ToArray();
    }

    // BCE = −(1/n) Σ_i [y_i ln a_i + (1 − y_i) ln(1 − a_i)]; a term whose weight y_i or 1 − y_i is 0 counts as
    // 0, so a = 0 or 1 is fine where it is right and gives +∞ where it is wrong (BCE is unbounded, seed 002).
    public static double BinaryCrossEntropy(double[] a, double[] y)
    {
        CheckProbabilities(a, y, strict: false);
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (y[i] != 0) sum -= y[i] * Math.Log(a[i]);
            if (y[i] != 1) sum -= (1 - y[i]) * Math.Log(1 - a[i]);
        }
        return sum / a.Length;
    }

    // ∂BCE/∂a_i = (1/n)(a_i − y_i) / (a_i(1 − a_i)); needs 0 < a_i < 1.
    public static double[] BinaryCrossEntropyGradient(double[] a, double[] y)
    {
        CheckProbabilities(a, y, strict: true);
        return a.Select((ai, i) => (ai - y[i]) / (ai * (1 - ai)) / a.Length).ToArray();
    }

    // softmax(z)_i = e^{z_i − max z} / Σ_j e^{z_j − max z}; subtracting max z changes nothing but avoids overflow.
    public static double[] Softmax(double[] z)
    {
        if (z.Length == 0) throw new ArgumentException("softmax needs at least one logit");
        double max = z.Max();
        var e = z.Select(v => Math.Exp(v - max)).ToArray();
        double sum = e.Sum();
        return e.Select(v => v / sum).ToArray();
    }

    // CE = −Σ_i t_i ln softmax(z)_i = Σ_i t_i (logsumexp(z) − z_i),
    // for a target distribution t (one-hot or soft).
    public static double SoftmaxCrossEntropy(double[] logits, double[] target)
    {
        CheckPair(logits, target);
        double max = logits.Max();
        double logSumExp = max + Math.Log(logits.Sum(v => Math.Exp(v - max)));
        return logits.Select((z, i) => target[i] * (logSumExp - z)).Sum();
    }

    // ∂CE/∂z_i = softmax(z)_i·Σ_j t_j − t_i, which is p − t for a probability target.
    public static double[] SoftmaxCrossEntropyGradient(double[] logits, double[] target)
    {
        CheckPair(logits, target);
        var p = Softmax(logits);
        double mass = target.Sum();
        return p.Select((pi, i) => pi * mass - target[i]).ToArray();
    }

    // Quadratic cost C = ½(a − y)², a = σ(z): ∂C/∂z = (a − y)σ'(z), which vanishes when the neuron
    // saturates even if it is badly wrong: the learning slowdown (Nielsen ch. 3, seed 000).
    public static double QuadraticCostDelta(double z, double y) =>
        (Activations.Sigmoid(z) - y) * Activations.SigmoidDerivative(z);

    // Cross-entropy C = −[y ln a + (1 − y) ln(1 − a)], a = σ(z): ∂C/∂z = a − y;
    // σ'(z) cancels, so no slowdown.
    public static double CrossEntropyCostDelta(double z, double y) => Activations.Sigmoid(z) - y;

    // The losses an Mlp can name: "mse", "binary_cross_entropy" (on probabilities),
    // "cross_entropy" (softmax on logits).
    internal static readonly string[] Names = ["mse", "binary_cross_entropy", "cross_entropy"];

    internal static double Apply(string name, double[] output, double[] target) => name switch
    {
        "mse" => MeanSquaredError(output, target),
        "binary_cross_entropy" => BinaryCrossEntropy(output, target),
        "cross_entropy" => SoftmaxCrossEntropy(output, target),
        _ => throw UnknownName(name),
    };

    internal static double[] Gradient(string name, double[] output, double[] target) => name switch
    {
        "mse" => MeanSquaredErrorGradient(output, target),
        "binary_cross_entropy" => BinaryCrossEntropyGradient(output, target),
        "cross_entropy" => SoftmaxCrossEntropyGradient(output, target),
        _ => throw UnknownName(name),
    };

    internal static void CheckName(string name)
    {
        if (!Names.Contains(name)) throw UnknownName(name);
    }

    private static ArgumentException UnknownName(string name) =>
        new($"unknown loss \"{name}\" (expected one of {string.Join(", ", Names)})");

    private static void CheckPair(double[] output, double[] target)
    {
        if (output.Length == 0) throw new ArgumentException("the output is empty");
        if (output.Length != target.Length)
            throw new ArgumentException($"the output has {output.Length} values but the target has {target.Length}");
    }

    private static void CheckProbabilities(double[] a, double[] y, bool strict)
    {
        CheckPair(a, y);
        for (int i = 0; i < a.Length; i++)
        {
            bool inside = strict ? a[i] > 0 && a[i] < 1 : a[i] >= 0 && a[i] <= 1;
            if (!inside)
                throw new ArgumentException($"a[{i}] = {a[i]} must be a probability " +
                    $"{(strict ? "strictly between 0 and 1" : "in [0, 1]")}");
            if (!(y[i] >= 0 && y[i] <= 1)) throw new ArgumentException($"y[{i}] = {y[i]} must be in [0, 1]");
        }
    }
}
