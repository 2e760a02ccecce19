namespace Grader.Reference;

/// <summary>
/// Receptive field of a stack of convolution and pooling layers (docs/homework-sources.md#architecture; seed 001 Q4f;
/// Araujo et al. 2019, "Computing receptive fields of convolutional neural networks"). A network is given as
/// parallel arrays, one entry per layer; pooling layers count like convolutions with their window as kernel.
/// </summary>
public static class ReceptiveField
{
    // d(k − 1) + 1: a kernel dilated by d spans that many inputs,
    // so it grows the receptive field like a kernel of that size.
    public static int EffectiveKernel(int kernel, int dilation)
    {
        if (kernel <= 0) throw new ArgumentException($"kernel must be positive, got {kernel}");
        if (dilation <= 0) throw new ArgumentException($"dilation must be positive, got {dilation}");
        return Checked((long)dilation * (kernel - 1) + 1);
    }

    // J_n = Π_{i≤n} s_i: the distance, in input pixels, between neighbouring outputs of layer n.
    public static int[] Jumps(int[] strides)
    {
        var jumps = new int[strides.Length];
        long jump = 1;
        for (int n = 0; n < strides.Length; n++)
        {
            if (strides[n] <= 0)
                throw new ArgumentException($"stride of layer {n + 1} must be positive, got {strides[n]}");
            jump = Checked(jump * strides[n]);
            jumps[n] = (int)jump;
        }
        return jumps;
    }

    // RF_n = RF_{n−1} + (d_n(k_n − 1) + 1 − 1)·Π_{i<n} s_i, RF_0 = 1: the receptive field after every layer.
    public static int[] PerLayer(int[] kernels, int[] strides, int[] dilations)
    {
        if (strides.Length != kernels.Length || dilations.Length != kernels.Length)
            throw new ArgumentException("kernels, strides and dilations need one entry per layer");
        var jumps = Jumps(strides);
        var fields = new int[kernels.Length];
        long field = 1;
        for (int n = 0; n < kernels.Length; n++)
        {
            long jumpBefore = n == 0 ? 1 : jumps[n - 1];
            field = Checked(field + (EffectiveKernel(kernels[n], dilations[n]) - 1) * jumpBefore);
            fields[n] = (int)field;
        }
        return fields;
    }

    // RF_0 = 1, RF_n = RF_{n−1} + (k_n − 1)·Π_{i<n} s_i (seed 001 Q4f); an empty network sees 1 pixel.
    public static int Size(int[] kernels, int[] strides) => DilatedSize(kernels, strides, Ones(kernels.Length));

    // The same with every k_n replaced by the effective kernel d_n(k_n − 1) + 1.
    public static int DilatedSize(int[] kernels, int[] strides, int[] dilations)
    {
        var fields = PerLayer(kernels, strides, dilations);
        return fields.Length == 0 ? 1 : fields[^1];
    }

    private static int[] Ones(int n) => Enumerable.Repeat(1, n).ToArray();

    private static int Checked(long value) =>
        value <= int.MaxValue
            ? (int)value
            : throw new ArgumentException(
                "the receptive field does not fit in an int: the network is unrealistically large");
}
