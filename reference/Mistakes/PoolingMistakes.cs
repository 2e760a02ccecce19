namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong answers for pooling backward (docs/homework-sources.md#convolution), with the same
/// signatures as <see cref="Pooling"/>. The tie variants differ from the answer only where a window holds its maximum
/// twice; the overwriting ones only where windows overlap (stride &lt; size).
/// </summary>
public static class PoolingMistakes
{
    // dx[c, i·s+u, j·s+v] += dy[c,i,j] for EVERY (u, v) where the window holds its maximum:
    // ties each get the gradient.
    public static double[,,] MaxPoolBackwardToEveryTie(double[,,] x, double[,,] dy, int size, int stride) =>
        MaxPoolBackward(x, dy, size, stride, (u, v, maxima) => true);

    // dx[c, i·s+u*, j·s+v*] += dy[c,i,j] with (u*, v*) the LAST maximum of the window in row-major order (≥ for >).
    public static double[,,] MaxPoolBackwardToLastMaximum(double[,,] x, double[,,] dy, int size, int stride) =>
        MaxPoolBackward(x, dy, size, stride, (u, v, maxima) => (u, v) == maxima[^1]);

    // dx[c, i·s+u*, j·s+v*] = dy[c,i,j] (= for +=): where windows overlap, the last window's gradient replaces the
    // others' instead of adding to them.
    public static double[,,] MaxPoolBackwardOverwritingOverlaps(double[,,] x, double[,,] dy, int size, int stride) =>
        MaxPoolBackward(x, dy, size, stride, (u, v, maxima) => (u, v) == maxima[0], overwrite: true);

    // dx[c, i·s+u, j·s+v] += dy[c,i,j] for every cell of the window: the 1/size² of the average forgotten.
    public static double[,,] AvgPoolBackwardWithoutScale(double[,,] x, double[,,] dy, int size, int stride)
    {
        var dx = Pooling.AvgPoolBackward(x, dy, size, stride);
        for (int c = 0; c < dx.GetLength(0); c++)
            for (int i = 0; i < dx.GetLength(1); i++)
                for (int j = 0; j < dx.GetLength(2); j++)
                    dx[c, i, j] *= size * size;
        return dx;
    }

    // dx[c, i·s+u, j·s+v] = dy[c,i,j] / size² (= for +=): where windows overlap, the last window's share replaces the
    // others'.
    public static double[,,] AvgPoolBackwardOverwritingOverlaps(double[,,] x, double[,,] dy, int size, int stride)
    {
        Pooling.AvgPoolBackward(x, dy, size, stride); // same validation as the correct answer
        var dx = new double[x.GetLength(0), x.GetLength(1), x.GetLength(2)];
        for (int c = 0; c < dy.GetLength(0); c++)
            for (int i = 0; i < dy.GetLength(1); i++)
                for (int j = 0; j < dy.GetLength(2); j++)
                    for (int u = 0; u < size; u++)
                        for (int v = 0; v < size; v++)
                            dx[c, i * stride + u, j * stride + v] = dy[c, i, j] / (size * size);
        return dx;
    }

    // Sends dy[c,i,j] to the window's maxima (offsets, row-major) that `takes` accepts; adds it, or assigns it when
    // `overwrite`.
    static double[,,] MaxPoolBackward(double[,,] x, double[,,] dy, int size, int stride,
        Func<int, int, List<(int U, int V)>, bool> takes, bool overwrite = false)
    {
        Pooling.MaxPoolBackward(x, dy, size, stride); // same validation as the correct answer
        var y = Pooling.MaxPool(x, size, stride);
        var dx = new double[x.GetLength(0), x.GetLength(1), x.GetLength(2)];
        for (int c = 0; c < y.GetLength(0); c++)
            for (int i = 0; i < y.GetLength(1); i++)
                for (int j = 0; j < y.GetLength(2); j++)
                {
                    var maxima = new List<(int U, int V)>();
                    for (int u = 0; u < size; u++)
                        for (int v = 0; v < size; v++)
                            if (x[c, i * stride + u, j * stride + v] == y[c, i, j]) maxima.Add((u, v));
                    foreach (var (u, v) in maxima.Where(m => takes(m.U, m.V, maxima)))
                        dx[c, i * stride + u, j * stride + v] = dy[c, i, j]
                            + (overwrite ? 0 : dx[c, i * stride + u, j * stride + v]);
                }
        return dx;
    }
}
