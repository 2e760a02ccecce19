namespace Grader.Reference;

/// <summary>
/// Architecture arithmetic (docs/homework-sources.md#architecture; seed 001 Q4c, Q5), one layer at a time: output
/// sizes, parameters and multiplications of standard, pointwise, depthwise and depthwise-separable convolutions and of
/// pooling. Whole networks are in Architecture.Network.cs, MobileNet's cost model in Architecture.MobileNet.cs.
/// Layer kinds: "conv", "pointwise", "depthwise", "separable", "maxpool", "avgpool".
/// Multiplications do not depend on the bias flag: a bias costs an addition, not a multiplication.
/// </summary>
public static partial class Architecture
{
    // out = floor((n − k + 2p) / s) + 1 (seed 001 Q5a); the floor matters when s does not divide n − k + 2p.
    public static int ConvOutputSize(int n, int k, int s, int p) => DilatedConvOutputSize(n, k, s, p, 1);

    // out = floor((n + 2p − d(k − 1) − 1) / s) + 1: a kernel dilated by d spans d(k − 1) + 1 inputs.
    public static int DilatedConvOutputSize(int n, int k, int s, int p, int d)
    {
        Positive(n, "input size n"); Positive(k, "kernel k"); Positive(s, "stride s"); Positive(d, "dilation d");
        if (p < 0) throw new ArgumentException($"padding p must be ≥ 0, got {p}");
        long span = (long)d * (k - 1) + 1;
        if (n + 2L * p < span)
            throw new ArgumentException($"the kernel (span {span}) is larger than the padded input ({n + 2L * p})");
        return (int)((n + 2L * p - span) / s + 1);
    }

    // params = k²·C_in·C_out (+ C_out biases): one k×k×C_in filter per output channel.
    public static long StandardConvParameters(int cIn, int cOut, int k, bool bias)
    {
        Positive(cIn, "C_in"); Positive(cOut, "C_out"); Positive(k, "kernel k");
        return (long)k * k * cIn * cOut + (bias ? cOut : 0);
    }

    // mults = H_out·W_out·k²·C_in·C_out: every output value is a k×k×C_in dot product.
    public static long StandardConvMultiplications(int h, int w, int cIn, int cOut, int k, int s, int p) =>
        StandardConvMultiplications(h, w, cIn, cOut, k, s, p, ConvOutputSize);

    // The output-size formula of every count below is a parameter only so that Mistakes can count with a wrong one.
    internal delegate int SizeRule(int n, int k, int s, int p);

    internal static long StandardConvMultiplications(
        int h, int w, int cIn, int cOut, int k, int s, int p, SizeRule size)
    {
        Positive(cIn, "C_in"); Positive(cOut, "C_out");
        return OutputPositions(h, w, k, s, p, size) * k * k * cIn * cOut;
    }

    // params = C_in·C_out (+ C_out): a standard convolution with a 1×1 kernel.
    public static long PointwiseConvParameters(int cIn, int cOut, bool bias) =>
        StandardConvParameters(cIn, cOut, 1, bias);

    // mults = H·W·C_in·C_out: 1×1, stride 1, no padding,
    // so the spatial size H×W is the input's and stays unchanged.
    public static long PointwiseConvMultiplications(int h, int w, int cIn, int cOut) =>
        StandardConvMultiplications(h, w, cIn, cOut, 1, 1, 0, ConvOutputSize);

    // params = k²·C (+ C): one k×k filter per channel, channels are not mixed.
    public static long DepthwiseConvParameters(int c, int k, bool bias)
    {
        Positive(c, "C"); Positive(k, "kernel k");
        return (long)k * k * c + (bias ? c : 0);
    }

    // mults = H_out·W_out·k²·C: each output value is a k×k dot product within one channel.
    public static long DepthwiseConvMultiplications(int h, int w, int c, int k, int s, int p) =>
        DepthwiseConvMultiplications(h, w, c, k, s, p, ConvOutputSize);

    internal static long DepthwiseConvMultiplications(int h, int w, int c, int k, int s, int p, SizeRule size)
    {
        Positive(c, "C");
        return OutputPositions(h, w, k, s, p, size) * k * k * c;
    }

    // params = k²·C_in + C_in·C_out (+ C_in + C_out): depthwise (k, s, p) followed by pointwise to C_out.
    public static long SeparableConvParameters(int cIn, int cOut, int k, bool bias) =>
        DepthwiseConvParameters(cIn, k, bias) + PointwiseConvParameters(cIn, cOut, bias);

    // mults = H_out·W_out·(k²·C_in + C_in·C_out): the pointwise part runs on the depthwise
    // part's H_out×W_out output.
    public static long SeparableConvMultiplications(int h, int w, int cIn, int cOut, int k, int s, int p) =>
        SeparableConvMultiplications(h, w, cIn, cOut, k, s, p, ConvOutputSize);

    internal static long SeparableConvMultiplications(
        int h, int w, int cIn, int cOut, int k, int s, int p, SizeRule size)
    {
        Positive(cOut, "C_out");
        return DepthwiseConvMultiplications(h, w, cIn, k, s, p, size)
            + OutputPositions(h, w, k, s, p, size) * cIn * cOut;
    }

    // ops = H_out·W_out·C·k²: every pooled value reads a k×k window (comparisons for max,
    // additions for average; seed 001 Q4c ii).
    public static long PoolingOperations(int h, int w, int c, int k, int s, int p) =>
        DepthwiseConvMultiplications(h, w, c, k, s, p, ConvOutputSize);

    // Parameters of one layer of the given kind; pooling has none. Depthwise and pooling keep the channel
    // count, so cOut must equal cIn.
    public static long LayerParameters(string kind, int cIn, int cOut, int k, bool bias)
    {
        CheckLayer(kind, cIn, cOut, k, 1, 0);
        return kind switch
        {
            "conv" => StandardConvParameters(cIn, cOut, k, bias),
            "pointwise" => PointwiseConvParameters(cIn, cOut, bias),
            "depthwise" => DepthwiseConvParameters(cIn, k, bias),
            "separable" => SeparableConvParameters(cIn, cOut, k, bias),
            _ => 0,
        };
    }

    // Multiplications of one layer; max pooling has none, average pooling one (the 1/k² scale) per output value.
    public static long LayerMultiplications(string kind, int h, int w, int cIn, int cOut, int k, int s, int p) =>
        LayerMultiplications(kind, h, w, cIn, cOut, k, s, p, ConvOutputSize);

    internal static long LayerMultiplications(
        string kind, int h, int w, int cIn, int cOut, int k, int s, int p, SizeRule size)
    {
        CheckLayer(kind, cIn, cOut, k, s, p);
        long positions = OutputPositions(h, w, k, s, p, size);
        return kind switch
        {
            "conv" or "pointwise" => StandardConvMultiplications(h, w, cIn, cOut, k, s, p, size),
            "depthwise" => DepthwiseConvMultiplications(h, w, cIn, k, s, p, size),
            "separable" => SeparableConvMultiplications(h, w, cIn, cOut, k, s, p, size),
            "maxpool" => 0,
            _ => positions * cIn,
        };
    }

    private static long OutputPositions(int h, int w, int k, int s, int p, SizeRule size) =>
        (long)size(h, k, s, p) * size(w, k, s, p);

    private static void CheckLayer(string kind, int cIn, int cOut, int k, int s, int p)
    {
        switch (kind)
        {
            case "conv" or "separable":
                break;
            case "pointwise":
                if (k != 1 || s != 1 || p != 0)
                    throw new ArgumentException($"a pointwise layer is 1×1, stride 1, padding 0 (got k={k}, s={s}, " +
                        $"p={p}); use \"conv\" for another shape");
                break;
            case "depthwise" or "maxpool" or "avgpool":
                if (cOut != cIn)
                    throw new ArgumentException($"a {kind} layer keeps its {cIn} channels, but {cOut} output " +
                        "channels were given");
                break;
            default:
                throw new ArgumentException($"unknown layer kind \"{kind}\" (expected conv, pointwise, depthwise, " +
                    "separable, maxpool or avgpool)");
        }
    }

    private static void Positive(int value, string name)
    {
        if (value <= 0) throw new ArgumentException($"{name} must be positive, got {value}");
    }
}
