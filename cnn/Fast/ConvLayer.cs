namespace Grader.Cnn.Fast;

/// <summary>A valid, stride-1 convolution with 8 output channels over one C×side×side sample, forward and backward,
/// each pass one <see cref="Gemm"/> on an im2col buffer. Owns its scratch buffers: one instance per thread.
/// Outputs and output gradients are 8 rows of OutStride floats (positions y·o + x, then padding, which must be
/// zero in gradients); weights are 8×C×k×k.</summary>
internal sealed class ConvLayer
{
    public const int Filters = Gemm.Rows;

    public int InChannels { get; }
    public int Side { get; }
    public int K { get; }
    public int Out => Side - K + 1;
    public int Positions => Out * Out;
    public int Taps => InChannels * K * K;
    public int OutStride => Gemm.Padded(Positions);
    public int InGradStride => Gemm.Padded(Side * Side);

    readonly float[] columns, paddedGrad, gradColumns;

    public ConvLayer(int inChannels, int side, int k)
    {
        (InChannels, Side, K) = (inChannels, side, k);
        columns = new float[Taps * OutStride];
        int full = side + k - 1;
        paddedGrad = new float[Filters * full * full];
        gradColumns = new float[Filters * K * K * InGradStride];
    }

    // y[o][p] = b[o] + Σ_t W[o][t] · col[t][p]  (t = (c, ky, kx)).
    public void Forward(ReadOnlySpan<float> input, int inStride, ReadOnlySpan<float> weights,
        ReadOnlySpan<float> bias, Span<float> output)
    {
        Im2Col.Columns(input, InChannels, Side, inStride, K, columns, OutStride);
        for (int o = 0; o < Filters; o++) output.Slice(o * OutStride, OutStride).Fill(bias[o]);
        Gemm.Rows8(weights, Taps, Taps, columns, OutStride, output, OutStride, OutStride / Gemm.Lanes, true);
    }

    // dW[o][t] += Σ_p dy[o][p] · col[t][p]; db[o] += Σ_p dy[o][p]. col is the im2col of the last Forward.
    public void AccumulateWeightGradient(ReadOnlySpan<float> dy, Span<float> dWeights, Span<float> dBias)
    {
        GemmTransposed.Rows8(dy, OutStride, columns, OutStride, Taps, OutStride / Gemm.Lanes, dWeights, Taps);
        for (int o = 0; o < Filters; o++)
            dBias[o] += System.Numerics.Tensors.TensorPrimitives.Sum(dy.Slice(o * OutStride, Positions));
    }

    // dx[c][q] = Σ_{o,ky,kx} W[o][c][k−1−ky][k−1−kx] · dyPad[o][q + (ky, kx)]: a full convolution with the
    // rotated kernel. Needs 8 input channels; flipped comes from FlipWeights. dx is 8×InGradStride.
    public void InputGradient(ReadOnlySpan<float> dy, ReadOnlySpan<float> flipped, Span<float> dx)
    {
        int full = Side + K - 1, pad = K - 1;
        for (int o = 0; o < Filters; o++)
        for (int y = 0; y < Out; y++)
            dy.Slice(o * OutStride + y * Out, Out).CopyTo(paddedGrad.AsSpan(o * full * full + (y + pad) * full + pad));
        Im2Col.Columns(paddedGrad, Filters, full, full * full, K, gradColumns, InGradStride);
        int taps = Filters * K * K;
        Gemm.Rows8(flipped, taps, taps, gradColumns, InGradStride, dx, InGradStride, InGradStride / Gemm.Lanes, false);
    }

    // flipped[c][(o·k + ky)·k + kx] = W[o][c][k−1−ky][k−1−kx].
    public void FlipWeights(ReadOnlySpan<float> weights, Span<float> flipped)
    {
        for (int o = 0; o < Filters; o++)
        for (int c = 0; c < InChannels; c++)
        for (int ky = 0; ky < K; ky++)
        for (int kx = 0; kx < K; kx++)
            flipped[c * Filters * K * K + (o * K + ky) * K + kx] =
                weights[((o * InChannels + c) * K + K - 1 - ky) * K + K - 1 - kx];
    }
}
