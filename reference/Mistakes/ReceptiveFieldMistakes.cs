namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong answers for the receptive field (docs/homework-sources.md#architecture), with the same
/// parameters as <see cref="ReceptiveField.Size"/>: a result that matches one of these names the mistake.
/// </summary>
public static class ReceptiveFieldMistakes
{
    // Pooling (a window as wide as its stride, k = s) taken as stride 1 in the stride product: seed 001 Q4f's 13
    // instead of 21 for conv 3×3 s2 → pool 2×2 s2 → conv 3×3 s2 → pool 2×2 s2.
    public static int SizeWithPoolingStrideIgnored(int[] kernels, int[] strides)
    {
        ReceptiveField.Size(kernels, strides); // same validation as the correct answer
        var strideOne = strides.Select((s, n) => s == kernels[n] ? 1 : s).ToArray();
        return ReceptiveField.Size(kernels, strideOne);
    }

    // RF_n = RF_{n−1} + (k_n − 1)·Π_{i≤n} s_i: the layer's own stride included in the product.
    public static int SizeWithOwnStride(int[] kernels, int[] strides)
    {
        ReceptiveField.Size(kernels, strides); // same validation as the correct answer
        var jumps = ReceptiveField.Jumps(strides);
        return 1 + kernels.Select((k, n) => (k - 1) * jumps[n]).Sum();
    }

    // RF = 1 + Σ (k_n − 1): strides ignored, every layer widens the field by k − 1 input pixels.
    public static int SizeWithoutStrides(int[] kernels, int[] strides) =>
        ReceptiveField.Size(kernels, strides.Select(_ => 1).ToArray());

    // PerLayer with pooling layers (k = s) taken as stride 1 in the stride product: seed 001's 3, 5, 9, 13.
    public static int[] PerLayerWithPoolingStrideIgnored(int[] kernels, int[] strides, int[] dilations)
    {
        ReceptiveField.PerLayer(kernels, strides, dilations); // same validation as the correct answer
        return ReceptiveField.PerLayer(kernels, strides.Select((s, n) => s == kernels[n] ? 1 : s).ToArray(), dilations);
    }

    // PerLayer with a dilated kernel spanning d·k inputs instead of d(k − 1) + 1.
    public static int[] PerLayerWithKernelTimesDilation(int[] kernels, int[] strides, int[] dilations)
    {
        ReceptiveField.PerLayer(kernels, strides, dilations); // same validation as the correct answer
        return ReceptiveField.PerLayer(kernels.Select((k, n) => k * dilations[n]).ToArray(), strides,
            kernels.Select(_ => 1).ToArray());
    }
}
