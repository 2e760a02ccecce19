namespace Grader.Reference;

/// <summary>
/// Seed 001 Q5's comparison, graded from numbers: network A replaces each standard convolution of network B by a
/// depthwise convolution (same k, s, p) followed by a pointwise convolution to the same width. Both start from an
/// n×n×c input and have one block per entry of widths. The ratio B/A says which network is cheaper and by how much
/// (docs/homework-sources.md#architecture: 4,496,293,888 / 309,329,920 ≈ 14.54 multiplications, 658,432 / 44,272 ≈
/// 14.87 parameters, no bias).
/// </summary>
public static class SeparableVsStandard
{
    // Network A: depthwise(k, s, p) → pointwise(widths[l]) for every l.
    public static (string[] Kinds, int[] OutChannels, int[] Kernels, int[] Strides, int[] Paddings) NetworkA(int c,
        int[] widths, int k, int s, int p)
    {
        CheckWidths(widths);
        var channelsIn = widths.Prepend(c).ToArray();
        return (widths.SelectMany(_ => new[] { "depthwise", "pointwise" }).ToArray(),
                widths.SelectMany((width, l) => new[] { channelsIn[l], width }).ToArray(),
                widths.SelectMany(_ => new[] { k, 1 }).ToArray(),
                widths.SelectMany(_ => new[] { s, 1 }).ToArray(),
                widths.SelectMany(_ => new[] { p, 0 }).ToArray());
    }

    // Network B: conv(widths[l], k, s, p) for every l.
    public static (string[] Kinds, int[] OutChannels, int[] Kernels, int[] Strides, int[] Paddings) NetworkB(
        int[] widths, int k, int s, int p)
    {
        CheckWidths(widths);
        return (widths.Select(_ => "conv").ToArray(), (int[])widths.Clone(),
                widths.Select(_ => k).ToArray(), widths.Select(_ => s).ToArray(), widths.Select(_ => p).ToArray());
    }

    // Σ mults(B) / Σ mults(A) on an n×n×c input: above 1 when the separable network A is cheaper.
    public static double MultiplicationRatio(int n, int c, int[] widths, int k, int s, int p)
    {
        var a = NetworkA(c, widths, k, s, p);
        var b = NetworkB(widths, k, s, p);
        long multsA =
            Architecture.TotalMultiplications(n, n, c, a.Kinds, a.OutChannels, a.Kernels, a.Strides, a.Paddings);
        long multsB =
            Architecture.TotalMultiplications(n, n, c, b.Kinds, b.OutChannels, b.Kernels, b.Strides, b.Paddings);
        return (double)multsB / multsA;
    }

    // Σ params(B) / Σ params(A), without biases: above 1 when network A has fewer parameters.
    public static double ParameterRatio(int c, int[] widths, int k)
    {
        var a = NetworkA(c, widths, k, 1, 0);
        var b = NetworkB(widths, k, 1, 0);
        return (double)Architecture.TotalParameters(c, b.Kinds, b.OutChannels, b.Kernels, false)
               / Architecture.TotalParameters(c, a.Kinds, a.OutChannels, a.Kernels, false);
    }

    private static void CheckWidths(int[] widths)
    {
        if (widths.Length == 0) throw new ArgumentException("the networks need at least one block");
        if (widths.Any(width => width <= 0)) throw new ArgumentException("every width must be positive");
    }
}
