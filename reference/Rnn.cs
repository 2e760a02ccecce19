namespace Grader.Reference;

/// <summary>
/// Vanilla (Elman) RNN forward pass and its two output modes (docs/homework-sources.md#rnn, seed 004 Q3). Shapes: input
/// size I, hidden size H, classes K; wx is H×I, wh is H×H, b has length H, wy is K×H, by has length K; a sequence xs
/// is T steps × I (row t is x_t), h0 has length H. Softmax is <see cref="Losses.Softmax"/> (max-shifted, stable).
/// </summary>
public static class Rnn
{
    // h_t = tanh(W_x x_t + W_h h_{t−1} + b)
    public static double[] RnnStep(double[,] wx, double[,] wh, double[] b, double[] x, double[] hPrevious)
    {
        int hidden = CheckCell(wx, wh, b);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(hPrevious);
        if (x.Length != wx.GetLength(1))
            throw new ArgumentException($"x has length {x.Length}, expected {wx.GetLength(1)} (columns of wx)");
        if (hPrevious.Length != hidden)
            throw new ArgumentException($"hPrevious has length {hPrevious.Length}, expected {hidden}");
        var h = new double[hidden];
        for (int i = 0; i < hidden; i++)
        {
            double a = b[i];
            for (int j = 0; j < x.Length; j++) a += wx[i, j] * x[j];
            for (int j = 0; j < hidden; j++) a += wh[i, j] * hPrevious[j];
            h[i] = Math.Tanh(a);
        }
        return h;
    }

    // H[t−1, ·] = h_t for t = 1..T, h_t = RnnStep(x_t, h_{t−1}) from h0: every hidden state of the sequence
    public static double[,] RnnForward(double[,] wx, double[,] wh, double[] b, double[,] xs, double[] h0)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(h0);
        int hidden = CheckCell(wx, wh, b);
        if (h0.Length != hidden) throw new ArgumentException($"h0 has length {h0.Length}, expected {hidden}");
        if (xs.GetLength(1) != wx.GetLength(1))
            throw new ArgumentException($"xs has {xs.GetLength(1)} features per step, expected {wx.GetLength(1)} " +
                "(columns of wx)");
        var states = new double[xs.GetLength(0), hidden];
        var h = h0;
        for (int t = 0; t < xs.GetLength(0); t++)
        {
            h = RnnStep(wx, wh, b, Row(xs, t), h);
            for (int i = 0; i < hidden; i++) states[t, i] = h[i];
        }
        return states;
    }

    // p = softmax(W_y h_T + b_y): one output, one softmax call, for the whole sequence (sentence classification)
    public static double[] RnnClassify(double[,] wx, double[,] wh, double[] b, double[,] wy, double[] by, double[,] xs,
        double[] h0)
    {
        var states = RnnForward(wx, wh, b, xs, h0);
        if (states.GetLength(0) == 0)
            throw new ArgumentException("the sequence is empty: there is no last hidden state to classify");
        return Output(wy, by, Row(states, states.GetLength(0) - 1));
    }

    // P[t−1, ·] = softmax(W_y h_t + b_y) for t = 1..T: one output per step, T softmax calls (sequence tagging)
    public static double[,] RnnOutputPerStep(double[,] wx, double[,] wh, double[] b, double[,] wy, double[] by,
        double[,] xs, double[] h0)
    {
        var states = RnnForward(wx, wh, b, xs, h0);
        var outputs = new double[states.GetLength(0), wy.GetLength(0)];
        for (int t = 0; t < states.GetLength(0); t++)
        {
            var p = Output(wy, by, Row(states, t));
            for (int k = 0; k < p.Length; k++) outputs[t, k] = p[k];
        }
        return outputs;
    }

    // softmax calls for a sequence of n steps: 1 for one output per sequence, n for one output per step (seed 004 Q3a)
    public static int SoftmaxCalls(int sequenceLength, bool outputPerStep)
    {
        if (sequenceLength < 1) throw new ArgumentException($"sequence length must be ≥ 1, got {sequenceLength}");
        return outputPerStep ? sequenceLength : 1;
    }

    // softmax(W_y h + b_y)
    static double[] Output(double[,] wy, double[] by, double[] h)
    {
        ArgumentNullException.ThrowIfNull(wy);
        ArgumentNullException.ThrowIfNull(by);
        if (wy.GetLength(1) != h.Length)
            throw new ArgumentException($"wy has {wy.GetLength(1)} columns, expected {h.Length} (hidden size)");
        if (by.Length != wy.GetLength(0))
            throw new ArgumentException($"by has length {by.Length}, expected {wy.GetLength(0)} (rows of wy)");
        var logits = new double[by.Length];
        for (int k = 0; k < logits.Length; k++)
        {
            logits[k] = by[k];
            for (int i = 0; i < h.Length; i++) logits[k] += wy[k, i] * h[i];
        }
        return Losses.Softmax(logits);
    }

    static double[] Row(double[,] a, int t)
    {
        var row = new double[a.GetLength(1)];
        for (int j = 0; j < row.Length; j++) row[j] = a[t, j];
        return row;
    }

    // The hidden size H, after checking that wx, wh and b agree on it.
    internal static int CheckCell(double[,] wx, double[,] wh, double[] b)
    {
        ArgumentNullException.ThrowIfNull(wx);
        ArgumentNullException.ThrowIfNull(wh);
        ArgumentNullException.ThrowIfNull(b);
        int hidden = wx.GetLength(0);
        if (hidden == 0) throw new ArgumentException("wx has no rows: the hidden size must be ≥ 1");
        if (wh.GetLength(0) != hidden || wh.GetLength(1) != hidden)
            throw new ArgumentException($"wh is {wh.GetLength(0)}×{wh.GetLength(1)}, expected {hidden}×{hidden} " +
                "(hidden size from wx)");
        if (b.Length != hidden) throw new ArgumentException($"b has length {b.Length}, expected {hidden}");
        return hidden;
    }
}
