using static Grader.Reference.SmallCnn;

namespace Grader.Reference.Mistakes;

/// <summary>
/// Typical wrong answers for the trained CNN of docs/homework-sources.md#trained-cnn (<see cref="SmallCnn"/>), same
/// signatures. Each wrong forward pass reads the right numbers at the wrong places, so it is the correct forward pass
/// on permuted weights.
/// </summary>
public static class SmallCnnMistakes
{
    // Flatten in H×W×C order (Keras' Flatten on NHWC): the dense input index is
    // (y·18 + x)·8 + c instead of c·324 + y·18 + x.
    public static double[] LogitsFlattenedHwc(double[] weights, double[] image, double alpha) =>
        Logits(Permuted(weights, DenseW, Classes * Units2, i =>
        {
            int j = i / Units2, unit = i % Units2, c = unit / (Side2 * Side2), yx = unit % (Side2 * Side2);
            return j * Units2 + yx * Filters + c;
        }), image, alpha);

    // The dense weight read as in×out (Keras' kernel layout):
    // W[j, i] taken from index i·10 + j instead of j·2592 + i.
    public static double[] LogitsDenseTransposed(double[] weights, double[] image, double alpha) =>
        Logits(Permuted(weights, DenseW, Classes * Units2, i => i % Units2 * Classes + i / Units2), image, alpha);

    // A true convolution (kernel rotated by 180°) instead of the cross-correlation every framework computes.
    public static double[] LogitsKernelsRotated(double[] weights, double[] image, double alpha)
    {
        var rotated = Permuted(weights, Conv1W, Filters * K1 * K1, i => Rotate(i, K1));
        return Logits(Permuted(rotated, Conv2W, Filters * Filters * K2 * K2, i => Rotate(i, K2)), image, alpha);
    }

    // One PReLU slope per channel (Keras' shared_axes=[1, 2]) instead of one per unit: 2·F slopes.
    public static long TotalParametersSlopePerChannel(int size, int filters, int k1, int k2, int classes, bool prelu) =>
        TotalParameters(size, filters, k1, k2, classes, false) + (prelu ? 2L * filters : 0);

    // Weights only, biases forgotten: k1²·F, k2²·F·F, flatten·classes.
    public static long[] LayerParametersWithoutBiases(int size, int filters, int k1, int k2, int classes)
    {
        var counts = LayerParameters(size, filters, k1, k2, classes);
        return [counts[0] - filters, counts[1] - filters, counts[2] - classes];
    }

    // Index within one k×k kernel block: (u, v) → (k−1−u, k−1−v).
    static int Rotate(int i, int k)
    {
        int block = i / (k * k), u = i % (k * k) / k, v = i % k;
        return block * k * k + (k - 1 - u) * k + (k - 1 - v);
    }

    // copy[start + i] = weights[start + source(i)] for i < count, every other value unchanged.
    static double[] Permuted(double[] weights, int start, int count, Func<int, int> source)
    {
        if (weights.Length != LeakyCount && weights.Length != PReluCount)
            throw new ArgumentException($"the weights hold {LeakyCount} or {PReluCount} values, got {weights.Length}");
        var copy = (double[])weights.Clone();
        for (int i = 0; i < count; i++) copy[start + i] = weights[start + source(i)];
        return copy;
    }
}
