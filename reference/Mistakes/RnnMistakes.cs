namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong answers for the RNN step and its outputs (docs/homework-sources.md#rnn), with the same
/// signatures as the correct functions in <see cref="Rnn"/> (and <see cref="Losses.Softmax"/>): a result that matches
/// one of these names the mistake.
/// </summary>
public static class RnnMistakes
{
    // h_t = tanh(W_x x_t + W_hᵀ h_{t−1} + b): the recurrent matrix indexed [j, i] instead of [i, j]
    public static double[] RnnStepWithTransposedRecurrentWeights(double[,] wx, double[,] wh, double[] b, double[] x,
        double[] hPrevious)
    {
        Rnn.CheckCell(wx, wh, b);
        var transposed = new double[wh.GetLength(1), wh.GetLength(0)];
        for (int i = 0; i < wh.GetLength(0); i++)
            for (int j = 0; j < wh.GetLength(1); j++)
                transposed[j, i] = wh[i, j];
        return Rnn.RnnStep(wx, transposed, b, x, hPrevious);
    }

    // h_t = tanh(W_x x_t + W_h h_{t−1}) + b: the bias added after the nonlinearity
    public static double[] RnnStepWithBiasOutsideTanh(double[,] wx, double[,] wh, double[] b, double[] x,
        double[] hPrevious)
    {
        Rnn.CheckCell(wx, wh, b);
        var h = Rnn.RnnStep(wx, wh, new double[b.Length], x, hPrevious);
        return h.Select((v, i) => v + b[i]).ToArray();
    }

    // The sequence, the classification and the per-step outputs computed with one of the wrong steps above, so a
    // student whose step is wrong is told why on every question that uses it.
    public static double[,] RnnForwardWithTransposedRecurrentWeights(double[,] wx, double[,] wh, double[] b,
        double[,] xs, double[] h0) =>
        Forward(RnnStepWithTransposedRecurrentWeights, wx, wh, b, xs, h0);

    public static double[,] RnnForwardWithBiasOutsideTanh(double[,] wx, double[,] wh, double[] b, double[,] xs,
        double[] h0) =>
        Forward(RnnStepWithBiasOutsideTanh, wx, wh, b, xs, h0);

    public static double[] RnnClassifyWithTransposedRecurrentWeights(double[,] wx, double[,] wh, double[] b,
        double[,] wy, double[] by, double[,] xs, double[] h0) =>
        LastRow(Outputs(RnnForwardWithTransposedRecurrentWeights(wx, wh, b, xs, h0), wy, by));

    public static double[] RnnClassifyWithBiasOutsideTanh(double[,] wx, double[,] wh, double[] b, double[,] wy,
        double[] by, double[,] xs, double[] h0) =>
        LastRow(Outputs(RnnForwardWithBiasOutsideTanh(wx, wh, b, xs, h0), wy, by));

    public static double[,] RnnOutputPerStepWithTransposedRecurrentWeights(double[,] wx, double[,] wh, double[] b,
        double[,] wy, double[] by, double[,] xs, double[] h0) =>
        Outputs(RnnForwardWithTransposedRecurrentWeights(wx, wh, b, xs, h0), wy, by);

    public static double[,] RnnOutputPerStepWithBiasOutsideTanh(double[,] wx, double[,] wh, double[] b, double[,] wy,
        double[] by, double[,] xs, double[] h0) =>
        Outputs(RnnForwardWithBiasOutsideTanh(wx, wh, b, xs, h0), wy, by);

    // p = (1/T) Σ_t softmax(W_y h_t + b_y): the per-step outputs averaged instead of one softmax on the last state
    public static double[] RnnClassifyByAveragingSteps(double[,] wx, double[,] wh, double[] b, double[,] wy,
        double[] by, double[,] xs, double[] h0)
    {
        var perStep = Rnn.RnnOutputPerStep(wx, wh, b, wy, by, xs, h0);
        int steps = perStep.GetLength(0);
        if (steps == 0) throw new ArgumentException("the sequence is empty: there is no output to average");
        var mean = new double[perStep.GetLength(1)];
        for (int t = 0; t < steps; t++)
            for (int k = 0; k < mean.Length; k++)
                mean[k] += perStep[t, k] / steps;
        return mean;
    }

    static double[,] Forward(Func<double[,], double[,], double[], double[], double[], double[]> step,
        double[,] wx, double[,] wh, double[] b, double[,] xs, double[] h0)
    {
        Rnn.RnnForward(wx, wh, b, xs, h0); // the same argument checks
        var states = new double[xs.GetLength(0), h0.Length];
        var h = h0;
        for (int t = 0; t < xs.GetLength(0); t++)
        {
            h = step(wx, wh, b, Enumerable.Range(0, xs.GetLength(1)).Select(j => xs[t, j]).ToArray(), h);
            for (int i = 0; i < h.Length; i++) states[t, i] = h[i];
        }
        return states;
    }

    // P[t, ·] = softmax(W_y h_t + b_y) for every row h_t of the states, as the correct output layer computes it
    // (or with the given wrong softmax)
    static double[,] Outputs(double[,] states, double[,] wy, double[] by, Func<double[], double[]>? softmax = null)
    {
        if (wy.GetLength(1) != states.GetLength(1) || by.Length != wy.GetLength(0))
            throw new ArgumentException("wy must be K×H and by of length K");
        var outputs = new double[states.GetLength(0), by.Length];
        for (int t = 0; t < states.GetLength(0); t++)
        {
            var logits =
                by.Select((bk, k) => bk + Enumerable.Range(0, states.GetLength(1)).Sum(i => wy[k, i] * states[t, i]))
                    .ToArray();
            var p = (softmax ?? Losses.Softmax)(logits);
            for (int k = 0; k < p.Length; k++) outputs[t, k] = p[k];
        }
        return outputs;
    }

    // p = softmax(W_y h_T + b_y) with a softmax that does not subtract max z: NaN once a logit passes ≈ 709
    public static double[] RnnClassifyWithoutMaxShift(
        double[,] wx, double[,] wh, double[] b, double[,] wy, double[] by, double[,] xs, double[] h0)
    {
        Rnn.RnnClassify(wx, wh, b, wy, by, xs, h0); // the same argument checks
        return LastRow(Outputs(Rnn.RnnForward(wx, wh, b, xs, h0), wy, by, LossesMistakes.SoftmaxWithoutMaxShift));
    }

    // P[t−1, ·] = softmax(W_y h_t + b_y) for every step with a softmax that does not subtract max z
    public static double[,] RnnOutputPerStepWithoutMaxShift(
        double[,] wx, double[,] wh, double[] b, double[,] wy, double[] by, double[,] xs, double[] h0)
    {
        Rnn.RnnOutputPerStep(wx, wh, b, wy, by, xs, h0); // the same argument checks
        return Outputs(Rnn.RnnForward(wx, wh, b, xs, h0), wy, by, LossesMistakes.SoftmaxWithoutMaxShift);
    }

    // A 1×K table holding only softmax(W_y h_T + b_y): the last step's output where every step's was asked for
    public static double[,] RnnOutputPerStepLastStepOnly(
        double[,] wx, double[,] wh, double[] b, double[,] wy, double[] by, double[,] xs, double[] h0)
    {
        var perStep = Rnn.RnnOutputPerStep(wx, wh, b, wy, by, xs, h0);
        if (perStep.GetLength(0) == 0) return perStep;
        var last = new double[1, perStep.GetLength(1)];
        for (int k = 0; k < perStep.GetLength(1); k++) last[0, k] = perStep[perStep.GetLength(0) - 1, k];
        return last;
    }

    static double[] LastRow(double[,] a)
    {
        if (a.GetLength(0) == 0)
            throw new ArgumentException("the sequence is empty: there is no last hidden state to classify");
        return Enumerable.Range(0, a.GetLength(1)).Select(k => a[a.GetLength(0) - 1, k]).ToArray();
    }
}
