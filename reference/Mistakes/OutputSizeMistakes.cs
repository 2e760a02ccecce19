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
    public static int ConvOutputSize(int n, int k, int s, int p) => WithRule(size => size(n, k, s, p));

    public static long StandardConvMultiplications(int h, int w, int cIn, int cOut, int k, int s, int p) =>
        WithRule(size => Architecture.StandardConvMultiplications(h, w, cIn, cOut, k, s, p, size));

    public static long DepthwiseConvMultiplications(int h, int w, int c, int k, int s, int p) =>
        WithRule(size => Architecture.DepthwiseConvMultiplications(h, w, c, k, s, p, size));

    public static long SeparableConvMultiplications(int h, int w, int cIn, int cOut, int k, int s, int p) =>
        WithRule(size => Architecture.SeparableConvMultiplications(h, w, cIn, cOut, k, s, p, size));

    // H_out·W_out·C·k², like a depthwise layer's multiplications.
    public static long PoolingOperations(int h, int w, int c, int k, int s, int p) =>
        WithRule(size => Architecture.DepthwiseConvMultiplications(h, w, c, k, s, p, size));

    public static int[,] NetworkOutputShapes(
        int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels, int[] strides, int[] paddings) =>
        WithRule(size =>
            Architecture.NetworkOutputShapes(h, w, c, kinds, outChannels, kernels, strides, paddings, size));

    public static long[] NetworkMultiplications(
        int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels, int[] strides, int[] paddings) =>
        WithRule(size =>
            Architecture.NetworkMultiplications(h, w, c, kinds, outChannels, kernels, strides, paddings, size));

    public static long TotalMultiplications(
        int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels, int[] strides, int[] paddings) =>
        NetworkMultiplications(h, w, c, kinds, outChannels, kernels, strides, paddings).Sum();

    // The trained CNN's counts (SmallCnn: valid convolutions, stride 1) with the wrong size.
    public static int[] OutputSizes(int size, int filters, int k1, int k2) =>
        WithRule(side => SmallCnn.OutputSizes(size, filters, k1, k2, side));

    public static long[] LayerParameters(int size, int filters, int k1, int k2, int classes) =>
        WithRule(side => SmallCnn.LayerParameters(size, filters, k1, k2, classes, side));

    public static long TotalParameters(int size, int filters, int k1, int k2, int classes, bool prelu) =>
        WithRule(side => SmallCnn.TotalParameters(size, filters, k1, k2, classes, prelu, side));

    // The count with the correct size first, which is the answer key itself and only checks the inputs (its value
    // is dropped); then the same count with TRule's size.
    static T WithRule<T>(Func<Architecture.SizeRule, T> count)
    {
        count(Architecture.ConvOutputSize);
        return count(TRule.Size);
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

/// <summary>out = ⌈(n − k + 2p)/s⌉ + 1: rounded up, counting a window that sticks out of
/// the padded input.</summary>
public sealed class SizeRoundedUp : WrongSizeCounts<SizeRoundedUp>, ISizeRule
{
    public static int Size(int n, int k, int s, int p) => -FloorDiv(-(n - k + 2 * p), s) + 1;
}
