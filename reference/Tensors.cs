namespace Grader.Reference;

/// <summary>Shape helpers shared by every topic: the reference works on plain arrays.</summary>
public static class Tensors
{
    // Zero-pads the last two axes of a C×H×W array by p on every side.
    public static double[,,] Pad(double[,,] x, int p) => Pad(x, p, p, p, p);

    // Zero-pads the last two axes of a C×H×W array: top/bottom rows and left/right columns may differ.
    public static double[,,] Pad(double[,,] x, int top, int left, int bottom, int right)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (Math.Min(Math.Min(top, left), Math.Min(bottom, right)) < 0)
            throw new ArgumentException("padding must be ≥ 0");
        int c = x.GetLength(0), h = x.GetLength(1), w = x.GetLength(2);
        var y = new double[c, h + top + bottom, w + left + right];
        for (int k = 0; k < c; k++)
            for (int i = 0; i < h; i++)
                for (int j = 0; j < w; j++)
                    y[k, i + top, j + left] = x[k, i, j];
        return y;
    }

    // The height×width block of a C×H×W array whose top-left corner is (top, left).
    public static double[,,] Crop(double[,,] x, int top, int left, int height, int width)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (top < 0 || left < 0 || height < 0 || width < 0
            || top + height > x.GetLength(1) || left + width > x.GetLength(2))
            throw new ArgumentException($"crop {height}×{width} at ({top}, {left}) does not fit in " +
                $"{x.GetLength(1)}×{x.GetLength(2)}");
        int c = x.GetLength(0);
        var y = new double[c, height, width];
        for (int k = 0; k < c; k++)
            for (int i = 0; i < height; i++)
                for (int j = 0; j < width; j++)
                    y[k, i, j] = x[k, i + top, j + left];
        return y;
    }

    // Inserts (s − 1) zeros between neighbouring elements of the last two axes: H×W becomes
    // ((H−1)s+1)×((W−1)s+1). This is how a strided layer's upstream gradient lines up with the
    // positions its windows started at.
    public static double[,,] Dilate(double[,,] x, int s)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (s < 1) throw new ArgumentException("dilation stride must be ≥ 1");
        int c = x.GetLength(0), h = x.GetLength(1), w = x.GetLength(2);
        var y = new double[c, h == 0 ? 0 : (h - 1) * s + 1, w == 0 ? 0 : (w - 1) * s + 1];
        for (int k = 0; k < c; k++)
            for (int i = 0; i < h; i++)
                for (int j = 0; j < w; j++)
                    y[k, i * s, j * s] = x[k, i, j];
        return y;
    }

    // w'[c,o,u,v] = w[o,c,u,v]: the kernel bank that maps the output channels back to the input channels.
    public static double[,,,] SwapKernelChannels(double[,,,] w)
    {
        ArgumentNullException.ThrowIfNull(w);
        int o = w.GetLength(0), c = w.GetLength(1), kh = w.GetLength(2), kw = w.GetLength(3);
        var y = new double[c, o, kh, kw];
        for (int a = 0; a < o; a++)
            for (int b = 0; b < c; b++)
                for (int u = 0; u < kh; u++)
                    for (int v = 0; v < kw; v++)
                        y[b, a, u, v] = w[a, b, u, v];
        return y;
    }

    // w'[o,c,u,v] = w[o,c,kh−1−u,kw−1−v]: every kernel rotated by 180° in its spatial plane.
    public static double[,,,] Rotate180(double[,,,] w)
    {
        ArgumentNullException.ThrowIfNull(w);
        int o = w.GetLength(0), c = w.GetLength(1), kh = w.GetLength(2), kw = w.GetLength(3);
        var y = new double[o, c, kh, kw];
        for (int a = 0; a < o; a++)
            for (int b = 0; b < c; b++)
                for (int u = 0; u < kh; u++)
                    for (int v = 0; v < kw; v++)
                        y[a, b, u, v] = w[a, b, kh - 1 - u, kw - 1 - v];
        return y;
    }

    // Number of window positions along one axis: floor((n + 2p − k) / s) + 1 (the caller has checked k ≤ n + 2p).
    internal static int WindowCount(int n, int k, int s, int p) => (n + 2 * p - k) / s + 1;

    // (Aᵀ)[j, i] = A[i, j]
    public static double[,] Transpose(double[,] a)
    {
        var t = new double[a.GetLength(1), a.GetLength(0)];
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < a.GetLength(1); j++)
                t[j, i] = a[i, j];
        return t;
    }
}
