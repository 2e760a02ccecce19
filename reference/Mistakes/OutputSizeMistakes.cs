namespace Grader.Reference.Mistakes;

/// <summary>One wrong output-size formula (docs/homework-sources.md#architecture).</summary>
public interface ISizeRule
{
    static abstract int Size(int n, int k, int s, int p);
}

/// <summary>
/// A wrong output size carried into every count that multiplies by it: the questions of <see cref="Architecture"/>
/// answered with TRule's size formula, so a student whose size is wrong is told why on the multiplication, pooling and
/// network questions too. Inputs are validated by the correct answer first; later layers may get sizes ≤ 0, never a
/// throw.
/// </summary>
public abstract class WrongSizeCounts<TRule> where TRule : ISizeRule
{
    public static int ConvOutputSize(int n, int k, int s, int p)
    {
        Architecture.ConvOutputSize(n, k, s, p);
        return TRule.Size(n, k, s, p);
    }

    public static long StandardConvMultiplications(int h, int w, int cIn, int cOut, int k, int s, int p)
    {
        Architecture.StandardConvMultiplications(h, w, cIn, cOut, k, s, p);
        return Architecture.StandardConvMultiplications(h, w, cIn, cOut, k, s, p, TRule.Size);
    }

    public static long DepthwiseConvMultiplications(int h, int w, int c, int k, int s, int p)
    {
        Architecture.DepthwiseConvMultiplications(h, w, c, k, s, p);
        return Architecture.DepthwiseConvMultiplications(h, w, c, k, s, p, TRule.Size);
    }

    public static long SeparableConvMultiplications(int h, int w, int cIn, int cOut, int k, int s, int p)
    {
        Architecture.SeparableConvMultiplications(h, w, cIn, cOut, k, s, p);
        return Architecture.SeparableConvMultiplications(h, w, cIn, cOut, k, s, p, TRule.Size);
    }

    // H_out·W_out·C·k², like a depthwise layer's multiplications.
    public static long PoolingOperations(int h, int w, int c, int k, int s, int p)
    {
        Architecture.PoolingOperations(h, w, c, k, s, p);
        return Architecture.DepthwiseConvMultiplications(h, w, c, k, s, p, TRule.Size);
    }

    public static int[,] NetworkOutputShapes(
        int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels, int[] strides, int[] paddings)
    {
        Architecture.NetworkOutputShapes(h, w, c, kinds, outChannels, kernels, strides, paddings);
        return Architecture.NetworkOutputShapes(h, w, c, kinds, outChannels, kernels, strides, paddings, TRule.Size);
    }

    public static long[] NetworkMultiplications(
        int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels, int[] strides, int[] paddings)
    {
        Architecture.NetworkMultiplications(h, w, c, kinds, outChannels, kernels, strides, paddings);
        return Architecture.NetworkMultiplications(h, w, c, kinds, outChannels, kernels, strides, paddings, TRule.Size);
    }

    public static long TotalMultiplications(
        int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels, int[] strides, int[] paddings) =>
        NetworkMultiplications(h, w, c, kinds, outChannels, kernels, strides, paddings).Sum();

    // The trained CNN's counts (SmallCnn: valid convolutions, stride 1) with the wrong size.
    public static int[] OutputSizes(int size, int filters, int k1, int k2)
    {
        SmallCnn.OutputSizes(size, filters, k1, k2);
        return SmallCnn.OutputSizes(size, filters, k1, k2, TRule.Size);
    }

    public static long[] LayerParameters(int size, int filters, int k1, int k2, int classes)
    {
        SmallCnn.LayerParameters(size, filters, k1, k2, classes);
        return SmallCnn.LayerParameters(size, filters, k1, k2, classes, TRule.Size);
    }

    public static long TotalParameters(int size, int filters, int k1, int k2, int classes, bool prelu)
    {
        SmallCnn.TotalParameters(size, filters, k1, k2, classes, prelu);
        return SmallCnn.TotalParameters(size, filters, k1, k2, classes, prelu, TRule.Size);
    }

    // ⌊a/b⌋ for b > 0, also when a < 0 (C#'s / rounds toward zero)
    protected static int FloorDiv(int a, int b) => (int)Math.Floor((double)a / b);
}

/// <summary>out = ⌊(n − k)/s⌋ + 1: the padding forgotten (seed 001 Q4c's formula).</summary>
public sealed class SizeWithoutPadding : WrongSizeCounts<SizeWithoutPadding>, ISizeRule
{
    public static int Size(int n, int k, int s, int p) => FloorDiv(n - k, s) + 1;
}

/// <summary>out = ⌊(n − k + p)/s⌋ + 1: the padding counted on one side only.</summary>
public sealed class SizePaddingOnce : WrongSizeCounts<SizePaddingOnce>, ISizeRule
{
    public static int Size(int n, int k, int s, int p) => FloorDiv(n - k + p, s) + 1;
}

/// <summary>out = ⌊(n − k + 2p)/s⌋: the + 1 for the window at position 0 forgotten.</summary>
public sealed class SizeOffByOne : WrongSizeCounts<SizeOffByOne>, ISizeRule
{
    public static int Size(int n, int k, int s, int p) => FloorDiv(n - k + 2 * p, s);
}

/// <summary>out = ⌈(n − k + 2p)/s⌉ + 1: rounded up, counting a window that sticks out of the padded input.</summary>
public sealed class SizeRoundedUp : WrongSizeCounts<SizeRoundedUp>, ISizeRule
{
    public static int Size(int n, int k, int s, int p) => -FloorDiv(-(n - k + 2 * p), s) + 1;
}
