namespace Grader.Reference;

/// <summary>
/// Max and average pooling over size×size windows with a stride and no padding, per channel, and their
/// backward passes (docs/homework-sources.md#convolution; seeds 000, 001 Q4e). x is C×H×W, y and dy are
/// C×Hout×Wout, Hout = floor((H − size)/stride) + 1.
/// </summary>
public static class Pooling
{
    // y[c,i,j] = max_{u,v < size} x[c, i·s+u, j·s+v]
    public static double[,,] MaxPool(double[,,] x, int size, int stride)
    {
        var y = NewOutput(x, size, stride);
        ForEachWindow(y, (c, i, j) =>
        {
            var (u, v) = ArgMax(x, c, i, j, size, stride);
            y[c, i, j] = x[c, i * stride + u, j * stride + v];
        });
        return y;
    }

    // dx[c, i·s+u*, j·s+v*] += dy[c,i,j] where (u*, v*) is the FIRST maximum of the window in row-major order
    // (ties broken like that, as PyTorch does); overlapping windows add up.
    public static double[,,] MaxPoolBackward(double[,,] x, double[,,] dy, int size, int stride)
    {
        CheckUpstream(x, dy, size, stride);
        var dx = new double[x.GetLength(0), x.GetLength(1), x.GetLength(2)];
        ForEachWindow(dy, (c, i, j) =>
        {
            var (u, v) = ArgMax(x, c, i, j, size, stride);
            dx[c, i * stride + u, j * stride + v] += dy[c, i, j];
        });
        return dx;
    }

    // y[c,i,j] = (1/size²) Σ_{u,v < size} x[c, i·s+u, j·s+v]
    public static double[,,] AvgPool(double[,,] x, int size, int stride)
    {
        var y = NewOutput(x, size, stride);
        ForEachWindow(y, (c, i, j) =>
        {
            double sum = 0;
            for (int u = 0; u < size; u++)
                for (int v = 0; v < size; v++)
                    sum += x[c, i * stride + u, j * stride + v];
            y[c, i, j] = sum / (size * size);
        });
        return y;
    }

    // dx[c, i·s+u, j·s+v] += dy[c,i,j] / size² for every cell of the window; overlapping windows add up.
    public static double[,,] AvgPoolBackward(double[,,] x, double[,,] dy, int size, int stride)
    {
        CheckUpstream(x, dy, size, stride);
        var dx = new double[x.GetLength(0), x.GetLength(1), x.GetLength(2)];
        ForEachWindow(dy, (c, i, j) =>
        {
            for (int u = 0; u < size; u++)
                for (int v = 0; v < size; v++)
                    dx[c, i * stride + u, j * stride + v] += dy[c, i, j] / (size * size);
        });
        return dx;
    }

    // Offset (u, v) of the first maximum, row-major, in window (i, j) of channel c.
    static (int U, int V) ArgMax(double[,,] x, int c, int i, int j, int size, int stride)
    {
        (int U, int V) best = (0, 0);
        for (int u = 0; u < size; u++)
            for (int v = 0; v < size; v++)
                if (x[c, i * stride + u, j * stride + v] > x[c, i * stride + best.U, j * stride + best.V])
                    best = (u, v);
        return best;
    }

    static void ForEachWindow(double[,,] output, Action<int, int, int> visit)
    {
        for (int c = 0; c < output.GetLength(0); c++)
            for (int i = 0; i < output.GetLength(1); i++)
                for (int j = 0; j < output.GetLength(2); j++)
                    visit(c, i, j);
    }

    // Validates x, size and stride and allocates the C×Hout×Wout output.
    static double[,,] NewOutput(double[,,] x, int size, int stride)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (size < 1) throw new ArgumentException($"pool size must be ≥ 1, got {size}");
        if (stride < 1) throw new ArgumentException($"stride must be ≥ 1, got {stride}");
        if (size > x.GetLength(1) || size > x.GetLength(2))
            throw new ArgumentException($"a {size}×{size} window does not fit in the " +
                $"{x.GetLength(1)}×{x.GetLength(2)} input");
        return new double[x.GetLength(0),
            Tensors.WindowCount(x.GetLength(1), size, stride, 0), Tensors.WindowCount(x.GetLength(2), size, stride, 0)];
    }

    // dy must have exactly the forward output's shape.
    static void CheckUpstream(double[,,] x, double[,,] dy, int size, int stride)
    {
        var y = NewOutput(x, size, stride);
        ArgumentNullException.ThrowIfNull(dy);
        if (dy.GetLength(0) != y.GetLength(0) || dy.GetLength(1) != y.GetLength(1) || dy.GetLength(2) != y.GetLength(2))
            throw new ArgumentException(
                $"dy is {dy.GetLength(0)}×{dy.GetLength(1)}×{dy.GetLength(2)}, expected the output shape " +
                    $"{y.GetLength(0)}×{y.GetLength(1)}×{y.GetLength(2)}");
    }
}
