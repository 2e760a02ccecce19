namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong answers for architecture arithmetic (HOMEWORK.md §2), with the same parameters as the
/// correct functions in <see cref="Architecture"/>: a result that matches one of these names the mistake.
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
    public static int ConvOutputSizeWithoutPadding(int n, int k, int s, int p) => Architecture.ConvOutputSize(n, k, s, 0);

    // k²·C_out (+ C_out): each filter taken as a single k×k slice instead of k×k×C_in.
    public static long StandardConvParametersWithoutInputChannels(int cIn, int cOut, int k, bool bias) =>
        Architecture.DepthwiseConvParameters(cOut, k, bias);

    // H_out·W_out·k²·C_in·C_out for a depthwise layer: depthwise counted as a standard convolution to C_out = C_in.
    public static long DepthwiseConvMultiplicationsAsStandard(int h, int w, int c, int k, int s, int p) =>
        Architecture.StandardConvMultiplications(h, w, c, c, k, s, p);

    // N·D_k² instead of 1/N + 1/D_k²: the standard-over-separable ratio inverted and the pointwise part dropped.
    public static double SeparableCostRatioInverted(int n, int dk) => (double)n * dk * dk;
}
