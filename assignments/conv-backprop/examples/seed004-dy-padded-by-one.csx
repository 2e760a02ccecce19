// Seed 004 Q2's slip: dL/dX as the full convolution of dL/dY with the kernel rotated by 180°, but dL/dY padded by
// one zero instead of k − 1 = 2, so the worked example's dL/dX comes out 2×2 where X is 4×4.

double[] Conv1D(double[] x, double[] w)
{
    var z = new double[x.Length - w.Length + 1];
    for (int i = 0; i < z.Length; i++)
        for (int j = 0; j < w.Length; j++)
            z[i] += w[j] * x[i + j];
    return z;
}

double[] Conv1DWeightGradient(double[] x, double[] dz)
{
    var dw = new double[x.Length - dz.Length + 1];
    for (int j = 0; j < dw.Length; j++)
        for (int i = 0; i < dz.Length; i++)
            dw[j] += dz[i] * x[i + j];
    return dw;
}

// Input value at (c, row, col) of the zero-padded input.
double Padded(double[,,] x, int c, int row, int col, int p)
{
    int r = row - p, q = col - p;
    return r < 0 || q < 0 || r >= x.GetLength(1) || q >= x.GetLength(2) ? 0 : x[c, r, q];
}

double[,,] Conv2D(double[,,] x, double[,,,] w, double[] b, int s, int p)
{
    int C = x.GetLength(0), H = x.GetLength(1), W = x.GetLength(2);
    int O = w.GetLength(0), K = w.GetLength(2), L = w.GetLength(3);
    int outH = (H + 2 * p - K) / s + 1, outW = (W + 2 * p - L) / s + 1;
    var y = new double[O, outH, outW];
    for (int o = 0; o < O; o++)
        for (int i = 0; i < outH; i++)
            for (int j = 0; j < outW; j++)
            {
                double sum = b[o];
                for (int c = 0; c < C; c++)
                    for (int u = 0; u < K; u++)
                        for (int v = 0; v < L; v++)
                            sum += w[o, c, u, v] * Padded(x, c, i * s + u, j * s + v, p);
                y[o, i, j] = sum;
            }
    return y;
}

double[,,,] Conv2DWeightGradient(double[,,] x, double[,,,] w, double[,,] dy, int s, int p)
{
    var dw = new double[w.GetLength(0), w.GetLength(1), w.GetLength(2), w.GetLength(3)];
    for (int o = 0; o < dw.GetLength(0); o++)
        for (int c = 0; c < dw.GetLength(1); c++)
            for (int u = 0; u < dw.GetLength(2); u++)
                for (int v = 0; v < dw.GetLength(3); v++)
                    for (int i = 0; i < dy.GetLength(1); i++)
                        for (int j = 0; j < dy.GetLength(2); j++)
                            dw[o, c, u, v] += dy[o, i, j] * Padded(x, c, i * s + u, j * s + v, p);
    return dw;
}

// Every output (o, i, j) touched input (c, i·s+u−p, j·s+v−p) with weight w[o,c,u,v]: send the gradient back there.
double[,,] Conv2DInputGradient(double[,,] x, double[,,,] w, double[,,] dy, int s, int p)
{
    // dL/dY (dilated by the stride) padded by ONE zero on every side, then correlated with the rotated kernel.
    int O = w.GetLength(0), C = w.GetLength(1), K = w.GetLength(2), L = w.GetLength(3);
    int ph = (dy.GetLength(1) - 1) * s + 3, pw = (dy.GetLength(2) - 1) * s + 3;
    var padded = new double[O, ph, pw];
    for (int o = 0; o < O; o++)
        for (int i = 0; i < dy.GetLength(1); i++)
            for (int j = 0; j < dy.GetLength(2); j++)
                padded[o, 1 + i * s, 1 + j * s] = dy[o, i, j];
    int outH = ph - K + 1, outW = pw - L + 1;
    if (outH < 1 || outW < 1) return new double[C, 0, 0];
    var full = new double[C, outH, outW];
    for (int c = 0; c < C; c++)
        for (int r = 0; r < outH; r++)
            for (int q = 0; q < outW; q++)
                for (int o = 0; o < O; o++)
                    for (int u = 0; u < K; u++)
                        for (int v = 0; v < L; v++)
                            full[c, r, q] += padded[o, r + u, q + v] * w[o, c, K - 1 - u, L - 1 - v];
    int h = outH - 2 * p, wd = outW - 2 * p;
    if (h <= 0 || wd <= 0) return full;
    var dx = new double[C, h, wd];
    for (int c = 0; c < C; c++)
        for (int r = 0; r < h; r++)
            for (int q = 0; q < wd; q++)
                dx[c, r, q] = full[c, r + p, q + p];
    return dx;
}

double[] Conv2DBiasGradient(double[,,] dy)
{
    var db = new double[dy.GetLength(0)];
    for (int o = 0; o < db.Length; o++)
        for (int i = 0; i < dy.GetLength(1); i++)
            for (int j = 0; j < dy.GetLength(2); j++)
                db[o] += dy[o, i, j];
    return db;
}

double[,,] MaxPool(double[,,] x, int k, int s)
{
    int C = x.GetLength(0), outH = (x.GetLength(1) - k) / s + 1, outW = (x.GetLength(2) - k) / s + 1;
    var y = new double[C, outH, outW];
    for (int c = 0; c < C; c++)
        for (int i = 0; i < outH; i++)
            for (int j = 0; j < outW; j++)
            {
                double best = double.NegativeInfinity;
                for (int u = 0; u < k; u++)
                    for (int v = 0; v < k; v++)
                        best = Math.Max(best, x[c, i * s + u, j * s + v]);
                y[c, i, j] = best;
            }
    return y;
}

double[,,] MaxPoolBackward(double[,,] x, double[,,] dy, int k, int s)
{
    var dx = new double[x.GetLength(0), x.GetLength(1), x.GetLength(2)];
    for (int c = 0; c < dy.GetLength(0); c++)
        for (int i = 0; i < dy.GetLength(1); i++)
            for (int j = 0; j < dy.GetLength(2); j++)
            {
                int bestU = 0, bestV = 0;
                for (int u = 0; u < k; u++)
                    for (int v = 0; v < k; v++)
                        if (x[c, i * s + u, j * s + v] > x[c, i * s + bestU, j * s + bestV]) { bestU = u; bestV = v; }
                dx[c, i * s + bestU, j * s + bestV] += dy[c, i, j];
            }
    return dx;
}

double[,,] AvgPoolBackward(double[,,] x, double[,,] dy, int k, int s)
{
    var dx = new double[x.GetLength(0), x.GetLength(1), x.GetLength(2)];
    for (int c = 0; c < dy.GetLength(0); c++)
        for (int i = 0; i < dy.GetLength(1); i++)
            for (int j = 0; j < dy.GetLength(2); j++)
                for (int u = 0; u < k; u++)
                    for (int v = 0; v < k; v++)
                        dx[c, i * s + u, j * s + v] += dy[c, i, j] / (k * k);
    return dx;
}
