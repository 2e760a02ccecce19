namespace Grader.Reference;

/// <summary>
/// Multi-channel 2D convolution as deep-learning frameworks define it (cross-correlation), with stride,
/// zero padding and bias, and its three gradients (docs/homework-sources.md#convolution; seeds 000, 004 Q2).
/// Layout: x is C×H×W, w is O×C×kh×kw, b has length O, y and dy are O×Hout×Wout,
/// Hout = floor((H + 2p − kh)/s) + 1.
/// </summary>
public static class Convolution
{
    // y[o,i,j] = b[o] + Σ_c Σ_u Σ_v w[o,c,u,v] · xpad[c, i·s+u, j·s+v]
    public static double[,,] Conv2D(double[,,] x, double[,,,] w, double[] b, int stride, int padding)
    {
        var (hOut, wOut) = OutputShape(x, w, stride, padding);
        ArgumentNullException.ThrowIfNull(b);
        int outChannels = w.GetLength(0), channels = w.GetLength(1), kh = w.GetLength(2), kw = w.GetLength(3);
        if (b.Length != outChannels)
            throw new ArgumentException($"bias has length {b.Length}, expected {outChannels} (one per kernel)");
        var xpad = Tensors.Pad(x, padding);
        var y = new double[outChannels, hOut, wOut];
        for (int o = 0; o < outChannels; o++)
            for (int i = 0; i < hOut; i++)
                for (int j = 0; j < wOut; j++)
                {
                    double sum = b[o];
                    for (int c = 0; c < channels; c++)
                        for (int u = 0; u < kh; u++)
                            for (int v = 0; v < kw; v++)
                                sum += w[o, c, u, v] * xpad[c, i * stride + u, j * stride + v];
                    y[o, i, j] = sum;
                }
        return y;
    }

    // dL/dW[o,c,u,v] = Σ_i Σ_j dy[o,i,j] · xpad[c, i·s+u, j·s+v]   (correlation of the input with dL/dY)
    public static double[,,,] Conv2DWeightGradient(double[,,] x, double[,,,] w, double[,,] dy, int stride, int padding)
    {
        CheckUpstream(x, w, dy, stride, padding);
        return WeightGradient(Tensors.Pad(x, padding), dy, w.GetLength(2), w.GetLength(3), stride);
    }

    // dL/dX = crop_p( full convolution of dilate_s(dL/dY) with w rotated 180° )
    // (seed 000: "Full Convolution(rot180 F, dL/dO)")
    public static double[,,] Conv2DInputGradient(double[,,] x, double[,,,] w, double[,,] dy, int stride, int padding)
    {
        CheckUpstream(x, w, dy, stride, padding);
        var kernel = Tensors.Rotate180(Tensors.SwapKernelChannels(w));
        return FullCorrelation(Tensors.Dilate(dy, stride), kernel, x.GetLength(1), x.GetLength(2), padding);
    }

    // dL/db[o] = Σ_i Σ_j dy[o,i,j]
    public static double[] Conv2DBiasGradient(double[,,] dy)
    {
        ArgumentNullException.ThrowIfNull(dy);
        var db = new double[dy.GetLength(0)];
        for (int o = 0; o < db.Length; o++)
            for (int i = 0; i < dy.GetLength(1); i++)
                for (int j = 0; j < dy.GetLength(2); j++)
                    db[o] += dy[o, i, j];
        return db;
    }

    // dW[o,c,u,v] = Σ_i Σ_j dy[o,i,j] · xpad[c, i·s+u, j·s+v]; no checks,
    // so the mistake catalogue can replay it with a wrong stride.
    internal static double[,,,] WeightGradient(double[,,] xpad, double[,,] dy, int kh, int kw, int stride)
    {
        int outChannels = dy.GetLength(0), channels = xpad.GetLength(0);
        var dw = new double[outChannels, channels, kh, kw];
        for (int o = 0; o < outChannels; o++)
            for (int c = 0; c < channels; c++)
                for (int u = 0; u < kh; u++)
                    for (int v = 0; v < kw; v++)
                    {
                        double sum = 0;
                        for (int i = 0; i < dy.GetLength(1); i++)
                            for (int j = 0; j < dy.GetLength(2); j++)
                                sum += dy[o, i, j] * xpad[c, i * stride + u, j * stride + v];
                        dw[o, c, u, v] = sum;
                    }
        return dw;
    }

    // Pads g (O×h×w) by k−1 on every side, correlates it with kernel (C×O×kh×kw) at stride 1, and crops p
    // to give an H×W map. When (H + 2p − kh) is not a multiple of the stride, the last rows/columns of
    // xpad were never under a window: the extra bottom/right padding gives them gradient zero.
    internal static double[,,] FullCorrelation(double[,,] g, double[,,,] kernel, int height, int width, int padding)
    {
        int kh = kernel.GetLength(2), kw = kernel.GetLength(3);
        int unreachedRows = height + 2 * padding - (g.GetLength(1) + kh - 1);
        int unreachedCols = width + 2 * padding - (g.GetLength(2) + kw - 1);
        var framed = Tensors.Pad(g, kh - 1, kw - 1, kh - 1 + unreachedRows, kw - 1 + unreachedCols);
        var dxpad = Conv2D(framed, kernel, new double[kernel.GetLength(0)], 1, 0);
        return Tensors.Crop(dxpad, padding, padding, height, width);
    }

    // Validates x, w, stride and padding together and returns (Hout, Wout).
    static (int Height, int Width) OutputShape(double[,,] x, double[,,,] w, int stride, int padding)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(w);
        if (stride < 1) throw new ArgumentException($"stride must be ≥ 1, got {stride}");
        if (padding < 0) throw new ArgumentException($"padding must be ≥ 0, got {padding}");
        if (w.GetLength(1) != x.GetLength(0))
            throw new ArgumentException($"kernels have {w.GetLength(1)} input channels but x has {x.GetLength(0)}");
        int kh = w.GetLength(2), kw = w.GetLength(3), h = x.GetLength(1) + 2 * padding,
            wd = x.GetLength(2) + 2 * padding;
        if (kh < 1 || kw < 1) throw new ArgumentException($"kernel must be at least 1×1, got {kh}×{kw}");
        if (kh > h || kw > wd)
            throw new ArgumentException($"kernel {kh}×{kw} does not fit in the padded input {h}×{wd}");
        return (Tensors.WindowCount(x.GetLength(1), kh, stride, padding),
            Tensors.WindowCount(x.GetLength(2), kw, stride, padding));
    }

    // Validates the arguments of a backward pass: dy must have exactly the forward output's shape.
    internal static void CheckUpstream(double[,,] x, double[,,,] w, double[,,] dy, int stride, int padding)
    {
        var (hOut, wOut) = OutputShape(x, w, stride, padding);
        ArgumentNullException.ThrowIfNull(dy);
        if (dy.GetLength(0) != w.GetLength(0) || dy.GetLength(1) != hOut || dy.GetLength(2) != wOut)
            throw new ArgumentException(
                $"dy is {dy.GetLength(0)}×{dy.GetLength(1)}×{dy.GetLength(2)}, expected the output shape " +
                    $"{w.GetLength(0)}×{hOut}×{wOut}");
    }
}
