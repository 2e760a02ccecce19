// A solution that caches the hidden states by the sequence's shape (T, H) in a static field: every case after the
// first of one shape gets stale states. No known mistake names it; the cases of one shape tell it apart.

double[] RnnStep(double[,] wx, double[,] wh, double[] b, double[] x, double[] hPrev)
{
    int H = b.Length;
    var h = new double[H];
    for (int i = 0; i < H; i++)
    {
        double a = b[i];
        for (int j = 0; j < x.Length; j++) a += wx[i, j] * x[j];
        for (int j = 0; j < H; j++) a += wh[i, j] * hPrev[j];
        h[i] = Math.Tanh(a);
    }
    return h;
}

// The hidden states, cached by the sequence's shape to save recomputing them: a second sequence of the same length
// and width gets the first one's states.
static readonly Dictionary<(int, int), double[,]> Computed = new();

double[,] RnnForward(double[,] wx, double[,] wh, double[] b, double[,] xs, double[] h0)
{
    int T = xs.GetLength(0), I = xs.GetLength(1), H = b.Length;
    if (Computed.TryGetValue((T, H), out var known)) return (double[,])known.Clone();
    var states = new double[T, H];
    Computed[(T, H)] = states;
    var h = h0;
    for (int t = 0; t < T; t++)
    {
        var x = new double[I];
        for (int j = 0; j < I; j++) x[j] = xs[t, j];
        h = RnnStep(wx, wh, b, x, h);
        for (int i = 0; i < H; i++) states[t, i] = h[i];
    }
    return states;
}

// Subtract the largest logit first so that Math.Exp never overflows.
double[] Softmax(double[] z)
{
    double max = z.Max();
    var e = new double[z.Length];
    double sum = 0;
    for (int k = 0; k < z.Length; k++) { e[k] = Math.Exp(z[k] - max); sum += e[k]; }
    for (int k = 0; k < z.Length; k++) e[k] /= sum;
    return e;
}

double[] Output(double[,] wy, double[] by, double[,] states, int t)
{
    var logits = new double[by.Length];
    for (int k = 0; k < by.Length; k++)
    {
        logits[k] = by[k];
        for (int i = 0; i < states.GetLength(1); i++) logits[k] += wy[k, i] * states[t, i];
    }
    return Softmax(logits);
}

double[] RnnClassify(double[,] wx, double[,] wh, double[] b, double[,] wy, double[] by, double[,] xs, double[] h0)
{
    var states = RnnForward(wx, wh, b, xs, h0);
    return Output(wy, by, states, states.GetLength(0) - 1);
}

double[,] RnnOutputPerStep(double[,] wx, double[,] wh, double[] b, double[,] wy, double[] by, double[,] xs, double[] h0)
{
    var states = RnnForward(wx, wh, b, xs, h0);
    var outputs = new double[states.GetLength(0), by.Length];
    for (int t = 0; t < states.GetLength(0); t++)
    {
        var p = Output(wy, by, states, t);
        for (int k = 0; k < p.Length; k++) outputs[t, k] = p[k];
    }
    return outputs;
}

int SoftmaxCalls(int n, bool outputPerStep) => outputPerStep ? n : 1;
