namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong answers for the convolution gradients (docs/homework-sources.md#convolution), with the same
/// signatures as the correct functions in <see cref="Convolution"/>: a result that matches one of these names the
/// mistake. They accept every valid input and never throw on it. With stride 1 the stride-ignored variants coincide
/// with the correct gradients, so they only diagnose strided cases.
/// </summary>
public static class ConvolutionMistakes
{
    // dL/dX = crop_p( full correlation of dilate_s(dy) with w NOT rotated by 180° )
    public static double[,,] InputGradientKernelNotRotated(double[,,] x, double[,,,] w, double[,,] dy, int stride,
        int padding)
    {
        Convolution.CheckUpstream(x, w, dy, stride, padding);
        return Convolution.FullCorrelation(
            Tensors.Dilate(dy, stride), Tensors.SwapKernelChannels(w), x.GetLength(1), x.GetLength(2), padding);
    }

    // dW'[o,c,v,u] = dW[o,c,u,v]: the right numbers with the two spatial axes swapped (shape O×C×kw×kh)
    public static double[,,,] WeightGradientTransposed(double[,,] x, double[,,,] w, double[,,] dy, int stride,
        int padding)
    {
        var dw = Convolution.Conv2DWeightGradient(x, w, dy, stride, padding);
        var transposed = new double[dw.GetLength(0), dw.GetLength(1), dw.GetLength(3), dw.GetLength(2)];
        for (int o = 0; o < dw.GetLength(0); o++)
            for (int c = 0; c < dw.GetLength(1); c++)
                for (int u = 0; u < dw.GetLength(2); u++)
                    for (int v = 0; v < dw.GetLength(3); v++)
                        transposed[o, c, v, u] = dw[o, c, u, v];
        return transposed;
    }

    // dW[o,c,u,v] = Σ_i Σ_j dy[o,i,j] · xpad[c, i+u, j+v]: dy not dilated, as if the stride were 1
    public static double[,,,] WeightGradientStrideIgnored(double[,,] x, double[,,,] w, double[,,] dy, int stride,
        int padding)
    {
        Convolution.CheckUpstream(x, w, dy, stride, padding);
        return Convolution.WeightGradient(Tensors.Pad(x, padding), dy, w.GetLength(2), w.GetLength(3), 1);
    }

    // dX = crop_p( Σ dy[o,i,j] · w[o,c,·,·] scattered into xpad at (i+u, j+v) ):
    // dy not dilated, as if the stride were 1
    public static double[,,] InputGradientStrideIgnored(double[,,] x, double[,,,] w, double[,,] dy, int stride,
        int padding)
    {
        Convolution.CheckUpstream(x, w, dy, stride, padding);
        var kernel = Tensors.Rotate180(Tensors.SwapKernelChannels(w));
        return Convolution.FullCorrelation(dy, kernel, x.GetLength(1), x.GetLength(2), padding);
    }

    // dL/dX = crop_p( valid correlation of dilate_s(dy) padded by 1, not k − 1, with w rotated 180° ):
    // seed 004's slip. For k > 2 the map is smaller than x (seed 004: 2×2 instead of 4×4); a kernel wider than the
    // padded map gives 0×0.
    public static double[,,] InputGradientUpstreamPaddedByOne(
        double[,,] x, double[,,,] w, double[,,] dy, int stride, int padding)
    {
        Convolution.CheckUpstream(x, w, dy, stride, padding);
        var framed = Tensors.Pad(Tensors.Dilate(dy, stride), 1);
        if (framed.GetLength(1) < w.GetLength(2) || framed.GetLength(2) < w.GetLength(3))
            return new double[x.GetLength(0), 0, 0];
        var full = Convolution.Conv2D(framed, Tensors.Rotate180(Tensors.SwapKernelChannels(w)),
            new double[x.GetLength(0)], 1, 0);
        int height = full.GetLength(1) - 2 * padding, width = full.GetLength(2) - 2 * padding;
        return height > 0 && width > 0 ? Tensors.Crop(full, padding, padding, height, width) : full;
    }
}
