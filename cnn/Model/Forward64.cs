using Grader.Reference;
using S = Grader.Cnn.Model.CnnShape;

namespace Grader.Cnn.Model;

/// <summary>The exact float64 forward pass, built from the reference answer key (Convolution.Conv2D,
/// Activations.LeakyRelu, Mlp.Dense): what a student's forward pass is compared against. Slow and simple.</summary>
public static class Forward64
{
    /// <summary>The 10 logits for one 28×28 image given row-major (784 values, 0 = black … 1 = white).</summary>
    public static double[] Logits(CnnWeights weights, ReadOnlySpan<double> image)
    {
        if (image.Length != S.Input * S.Input)
            throw new ArgumentException($"an image has {S.Input * S.Input} pixels, got {image.Length}");
        var x = new double[1, S.Input, S.Input];
        for (int p = 0; p < image.Length; p++) x[0, p / S.Input, p % S.Input] = image[p];
        var a1 = Activate(Convolution.Conv2D(x, Kernel(weights.Conv1Weight, 1, S.K1), Double(weights.Conv1Bias), 1, 0),
            weights, weights.Alphas1);
        var a2 = Activate(Convolution.Conv2D(a1, Kernel(weights.Conv2Weight, S.Channels, S.K2), Double(weights.Conv2Bias), 1, 0),
            weights, weights.Alphas2);
        var dense = new double[S.Classes, S.Units2];
        var w = weights.DenseWeight;
        for (int j = 0; j < S.Classes; j++)
            for (int i = 0; i < S.Units2; i++) dense[j, i] = w[j * S.Units2 + i];
        return Mlp.Dense(Flatten(a2), dense, Double(weights.DenseBias));
    }

    /// <summary>Softmax cross-entropy of the logits against the true digit.</summary>
    public static double Loss(CnnWeights weights, ReadOnlySpan<double> image, int label)
    {
        var target = new double[S.Classes];
        target[label] = 1;
        return Losses.SoftmaxCrossEntropy(Logits(weights, image), target);
    }

    // a = z > 0 ? z : α·z, α fixed (Leaky ReLU) or per unit c·H·W + y·W + x (PReLU).
    static double[,,] Activate(double[,,] z, CnnWeights weights, ReadOnlySpan<float> alphas)
    {
        int h = z.GetLength(1), wd = z.GetLength(2);
        for (int c = 0; c < z.GetLength(0); c++)
            for (int y = 0; y < h; y++)
                for (int x = 0; x < wd; x++)
                {
                    double alpha = alphas.IsEmpty ? weights.Activation.Alpha : alphas[(c * h + y) * wd + x];
                    z[c, y, x] = Activations.LeakyRelu(z[c, y, x], alpha);
                }
        return z;
    }

    // Channel-major flatten: index c·H·W + y·W + x.
    static double[] Flatten(double[,,] a)
    {
        var flat = new double[a.Length];
        int i = 0;
        foreach (var value in a) flat[i++] = value;
        return flat;
    }

    static double[,,,] Kernel(ReadOnlySpan<float> w, int channels, int k)
    {
        var kernel = new double[S.Channels, channels, k, k];
        int i = 0;
        for (int o = 0; o < S.Channels; o++)
            for (int c = 0; c < channels; c++)
                for (int u = 0; u < k; u++)
                    for (int v = 0; v < k; v++) kernel[o, c, u, v] = w[i++];
        return kernel;
    }

    static double[] Double(ReadOnlySpan<float> values)
    {
        var result = new double[values.Length];
        for (int i = 0; i < values.Length; i++) result[i] = values[i];
        return result;
    }
}
