using Grader.Reference;

namespace Grader.Cnn.Model;

/// <summary>The exact float64 forward pass: the answer key's <see cref="SmallCnn.Logits"/> (built from
/// Convolution.Conv2D, Activations.LeakyRelu, Mlp.Dense), which a student's forward pass is compared against.
/// Slow and simple.</summary>
public static class Forward64
{
    /// <summary>The 10 logits for one 28×28 image given row-major (784 values, 0 = black … 1 = white).</summary>
    public static double[] Logits(CnnWeights weights, ReadOnlySpan<double> image)
    {
        var flat = new double[weights.Data.Length];
        for (int i = 0; i < flat.Length; i++) flat[i] = weights.Data[i];
        return SmallCnn.Logits(flat, image.ToArray(), weights.Activation.Alpha);
    }

    /// <summary>Softmax cross-entropy of the logits against the true digit.</summary>
    public static double Loss(CnnWeights weights, ReadOnlySpan<double> image, int label)
    {
        var target = new double[SmallCnn.Classes];
        target[label] = 1;
        return Losses.SoftmaxCrossEntropy(Logits(weights, image), target);
    }
}
