namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong answers for architecture arithmetic (docs/homework-sources.md#architecture), with the same
/// parameters as the correct functions in <see cref="Architecture"/>: a result that matches one of these names the
/// mistake.
/// </summary>
public static class ArchitectureMistakes
{
    // (n − k + 2p)/s + 1 without the floor: a fractional size where the stride does not divide n − k + 2p.
    public static double ConvOutputSizeWithoutFloor(int n, int k, int s, int p)
    {
        Architecture.ConvOutputSize(n, k, s, p); // same validation as the correct answer
        return (double)(n - k + 2 * p) / s + 1;
    }

    // floor((n − k)/s) + 1: the padding forgotten (seed 001 Q4c writes W = (W_in − k)/s + 1).
    public static int ConvOutputSizeWithoutPadding(int n, int k, int s, int p) =>
        Architecture.ConvOutputSize(n, k, s, 0);

    // k²·C_out (+ C_out): each filter taken as a single k×k slice instead of k×k×C_in.
    public static long StandardConvParametersWithoutInputChannels(int cIn, int cOut, int k, bool bias) =>
        Architecture.DepthwiseConvParameters(cOut, k, bias);

    // H_out·W_out·k²·C_in·C_out for a depthwise layer:
    // depthwise counted as a standard convolution to C_out = C_in.
    public static long DepthwiseConvMultiplicationsAsStandard(int h, int w, int c, int k, int s, int p) =>
        Architecture.StandardConvMultiplications(h, w, c, c, k, s, p);

    // N·D_k² instead of 1/N + 1/D_k²: the standard-over-separable ratio inverted and the pointwise part dropped.
    public static double SeparableCostRatioInverted(int n, int dk) => (double)n * dk * dk;

    // ceil((n − k + 2p)/s) + 1: rounded up instead of down,
    // counting a last window that sticks out of the padded input.
    public static int ConvOutputSizeRoundedUp(int n, int k, int s, int p)
    {
        Architecture.ConvOutputSize(n, k, s, p); // same validation as the correct answer
        return (n - k + 2 * p + s - 1) / s + 1;
    }

    // Every depthwise layer, and the depthwise half of every separable layer,
    // counted as a standard convolution C → C.
    public static long[] NetworkMultiplicationsDepthwiseAsStandard(int h, int w, int c, string[] kinds,
        int[] outChannels, int[] kernels, int[] strides, int[] paddings)
    {
        // validates
        var counts = Architecture.NetworkMultiplications(h, w, c, kinds, outChannels, kernels, strides, paddings);
        var shapes = Architecture.NetworkOutputShapes(h, w, c, kinds, outChannels, kernels, strides, paddings);
        for (int l = 0; l < kinds.Length; l++)
        {
            if (l > 0) (h, w, c) = (shapes[l - 1, 0], shapes[l - 1, 1], shapes[l - 1, 2]);
            if (kinds[l] == "depthwise")
                counts[l] = DepthwiseConvMultiplicationsAsStandard(h, w, c, kernels[l], strides[l], paddings[l]);
            if (kinds[l] == "separable")
                counts[l] =
                    SeparableConvMultiplicationsDepthwiseAsStandard(h, w, c, outChannels[l], kernels[l], strides[l],
                        paddings[l]);
        }
        return counts;
    }

    // mults(A) / mults(B): the comparison turned round, as in seed 001 Q5d ("network B needs fewer multiplications").
    public static double MultiplicationRatioInverted(int n, int c, int[] widths, int k, int s, int p) =>
        1 / SeparableVsStandard.MultiplicationRatio(n, c, widths, k, s, p);

    // The ratio with network A's depthwise layers counted as standard convolutions C → C.
    public static double MultiplicationRatioDepthwiseAsStandard(int n, int c, int[] widths, int k, int s, int p)
    {
        var a = SeparableVsStandard.NetworkA(c, widths, k, s, p);
        var b = SeparableVsStandard.NetworkB(widths, k, s, p);
        long multsA =
            NetworkMultiplicationsDepthwiseAsStandard(n, n, c, a.Kinds, a.OutChannels, a.Kernels, a.Strides, a.Paddings)
                .Sum();
        return (double)Architecture.TotalMultiplications(n, n, c, b.Kinds, b.OutChannels, b.Kernels, b.Strides,
            b.Paddings) / multsA;
    }

    // params(A) / params(B): seed 001 Q5d's "network A has more parameters".
    public static double ParameterRatioInverted(int c, int[] widths, int k) =>
        1 / SeparableVsStandard.ParameterRatio(c, widths, k);

    // ρ·D_F² instead of (ρD_F)²: the resolution multiplier applied once,
    // although it shrinks both height and width.
    public static double MobileNetCostResolutionNotSquared(int dk, int m, int n, int df, double alpha, double rho) =>
        Architecture.MobileNetCost(dk, m, n, df, alpha, rho) / rho;

    // The depthwise half of a separable layer counted as a standard convolution C_in → C_in.
    public static long SeparableConvMultiplicationsDepthwiseAsStandard(int h, int w, int cIn, int cOut, int k, int s,
        int p) =>
        DepthwiseConvMultiplicationsAsStandard(h, w, cIn, k, s, p)
        + Architecture.PointwiseConvMultiplications(Architecture.ConvOutputSize(h, k, s, p),
            Architecture.ConvOutputSize(w, k, s, p), cIn, cOut);

    // Σ of NetworkMultiplicationsDepthwiseAsStandard.
    public static long TotalMultiplicationsDepthwiseAsStandard(int h, int w, int c, string[] kinds, int[] outChannels,
        int[] kernels, int[] strides, int[] paddings) =>
        NetworkMultiplicationsDepthwiseAsStandard(h, w, c, kinds, outChannels, kernels, strides, paddings).Sum();

    // The count computed in int arithmetic: wraps modulo 2³², e.g. seed 001's 2,147,483,648 becomes −2,147,483,648.
    public static long StandardConvMultiplicationsInInt(int h, int w, int cIn, int cOut, int k, int s, int p) =>
        unchecked((int)Architecture.StandardConvMultiplications(h, w, cIn, cOut, k, s, p));

    // k²·C_in·C_out (+ C_out) in int arithmetic: wraps modulo 2³² once the count passes int.MaxValue.
    public static long StandardConvParametersInInt(int cIn, int cOut, int k, bool bias) =>
        unchecked((int)Architecture.StandardConvParameters(cIn, cOut, k, bias));

    // C_in·C_out (+ C_out) in int arithmetic.
    public static long PointwiseConvParametersInInt(int cIn, int cOut, bool bias) =>
        unchecked((int)Architecture.PointwiseConvParameters(cIn, cOut, bias));

    // H·W·C_in·C_out in int arithmetic.
    public static long PointwiseConvMultiplicationsInInt(int h, int w, int cIn, int cOut) =>
        unchecked((int)Architecture.PointwiseConvMultiplications(h, w, cIn, cOut));

    // Every layer's count wrapped to an int.
    public static long[] NetworkMultiplicationsInInt(
        int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels, int[] strides, int[] paddings) =>
        Architecture.NetworkMultiplications(h, w, c, kinds, outChannels, kernels, strides, paddings).Select(n =>
            (long)unchecked((int)n)).ToArray();

    // The total summed in an int: wraps modulo 2³² (seed 001's network B: 4,496,293,888 becomes 201,326,592).
    public static long TotalMultiplicationsInInt(
        int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels, int[] strides, int[] paddings) =>
        unchecked((int)Architecture.TotalMultiplications(h, w, c, kinds, outChannels, kernels, strides, paddings));

    // k²·C·C (+ C): a depthwise layer's parameters counted as a standard convolution C → C.
    public static long DepthwiseConvParametersAsStandard(int c, int k, bool bias)
    {
        Architecture.DepthwiseConvParameters(c, k, bias); // same validation as the correct answer
        return Architecture.StandardConvParameters(c, c, k, bias);
    }

    // The depthwise half of a separable layer counted as a standard convolution C_in → C_in.
    public static long SeparableConvParametersDepthwiseAsStandard(int cIn, int cOut, int k, bool bias) =>
        DepthwiseConvParametersAsStandard(cIn, k, bias) + Architecture.PointwiseConvParameters(cIn, cOut, bias);

    // k²·C_in + C_in·C_out (+ C_out): Keras's SeparableConv2D, whose depthwise half has no bias.
    public static long SeparableConvParametersPointwiseBiasOnly(int cIn, int cOut, int k, bool bias) =>
        Architecture.DepthwiseConvParameters(cIn, k, false) + Architecture.PointwiseConvParameters(cIn, cOut, bias);

    // Every depthwise layer, and the depthwise half of every separable layer, with a standard convolution's parameters.
    public static long[] NetworkParametersDepthwiseAsStandard(
        int c, string[] kinds, int[] outChannels, int[] kernels, bool bias)
    {
        var counts = Architecture.NetworkParameters(c, kinds, outChannels, kernels, bias); // validates
        for (int l = 0; l < kinds.Length; l++)
        {
            if (kinds[l] == "depthwise") counts[l] = DepthwiseConvParametersAsStandard(c, kernels[l], bias);
            if (kinds[l] == "separable") counts[l] = SeparableConvParametersDepthwiseAsStandard(c, outChannels[l],
                kernels[l], bias);
            c = outChannels[l];
        }
        return counts;
    }

    // Σ of NetworkParametersDepthwiseAsStandard.
    public static long TotalParametersDepthwiseAsStandard(
        int c, string[] kinds, int[] outChannels, int[] kernels, bool bias) =>
        NetworkParametersDepthwiseAsStandard(c, kinds, outChannels, kernels, bias).Sum();
}
