using Grader.Cnn.Model;
using S = Grader.Cnn.Model.CnnShape;

namespace Grader.Cnn.Fast;

/// <summary>The fast float32 network for one sample at a time, with every buffer it needs (no allocation per
/// sample) and its own gradient accumulator. One instance per thread.</summary>
internal sealed class SampleNetwork
{
    readonly ConvLayer conv1 = new(1, S.Input, S.K1), conv2 = new(S.Channels, S.Out1, S.K2);
    readonly float[] image = new float[S.Input * S.Input];
    readonly float[] z1, a1, z2, a2 = new float[S.Units2], logits = new float[S.Classes],
        dLogits = new float[S.Classes];
    readonly float[] da2 = new float[S.Units2], dz2, da1, dz1;

    /// <summary>The summed gradient of every sample trained since the last <see cref="ClearGradient"/>.</summary>
    public float[] Gradient => gradient.Data;

    readonly CnnWeights gradient;

    public SampleNetwork(Activation activation)
    {
        z1 = new float[S.Channels * conv1.OutStride];
        a1 = new float[z1.Length];
        z2 = new float[S.Channels * conv2.OutStride];
        da1 = new float[S.Channels * conv2.InGradStride];
        dz1 = new float[z1.Length]; // padding stays zero: the weight gradient sums over it
        dz2 = new float[z2.Length];
        gradient = new CnnWeights(activation, new float[CnnWeights.Count(activation)]);
    }

    /// <summary>The input image buffer (28×28) to fill before <see cref="Forward"/>.</summary>
    public Span<float> Image => image;
    public ReadOnlySpan<float> Logits => logits;

    public void Forward(CnnWeights w)
    {
        var act = w.Activation;
        conv1.Forward(image, image.Length, w.Conv1Weight, w.Conv1Bias, z1);
        for (int c = 0; c < S.Channels; c++)
            ActivationKernels.Forward(Row(z1, c, conv1), act.Alpha, Units(w.Alphas1, c, conv1), Row(a1, c, conv1));
        conv2.Forward(a1, conv1.OutStride, w.Conv2Weight, w.Conv2Bias, z2);
        for (int c = 0; c < S.Channels; c++)
            ActivationKernels.Forward(Row(z2, c, conv2), act.Alpha, Units(w.Alphas2, c, conv2),
                a2.AsSpan(c * conv2.Positions, conv2.Positions));
        DenseKernels.Forward(a2, w.DenseWeight, w.DenseBias, logits);
    }

    /// <summary>Forward and backward for one labelled image; adds scale·∂loss/∂θ to the gradient. flipped2 comes
    /// from <see cref="FlipConv2"/> for the same weights. Returns the loss and whether the
    /// prediction is right.</summary>
    public (double Loss, bool Correct) Train(CnnWeights w, ReadOnlySpan<float> flipped2, int label, float scale)
    {
        Forward(w);
        var act = w.Activation;
        var g = gradient;
        double loss = DenseKernels.SoftmaxCrossEntropy(logits, label, scale, dLogits);
        DenseKernels.Backward(a2, w.DenseWeight, dLogits, g.DenseWeight, g.DenseBias, da2);
        for (int c = 0; c < S.Channels; c++)
        {
            ActivationKernels.Backward(Row(z2, c, conv2), da2.AsSpan(c * conv2.Positions, conv2.Positions), act.Alpha,
                Units(w.Alphas2, c, conv2), Row(dz2, c, conv2), Units(g.Alphas2, c, conv2));
        }
        conv2.AccumulateWeightGradient(dz2, g.Conv2Weight, g.Conv2Bias);
        conv2.InputGradient(dz2, flipped2, da1);
        for (int c = 0; c < S.Channels; c++)
            ActivationKernels.Backward(Row(z1, c, conv1), da1.AsSpan(c * conv2.InGradStride, conv1.Positions),
                act.Alpha, Units(w.Alphas1, c, conv1), Row(dz1, c, conv1), Units(g.Alphas1, c, conv1));
        conv1.AccumulateWeightGradient(dz1, g.Conv1Weight, g.Conv1Bias);
        return (loss, PredictedClass() == label);
    }

    public int PredictedClass() => System.Numerics.Tensors.TensorPrimitives.IndexOfMax(logits);

    public void FlipConv2(ReadOnlySpan<float> conv2Weights, Span<float> flipped) =>
        conv2.FlipWeights(conv2Weights, flipped);

    public static int FlippedLength => S.Channels * S.Channels * S.K2 * S.K2;

    public void ClearGradient() => Array.Clear(Gradient);

    static Span<float> Row(float[] buffer, int channel, ConvLayer layer) =>
        buffer.AsSpan(channel * layer.OutStride, layer.Positions);

    static Span<float> Units(Span<float> alphas, int channel, ConvLayer layer) =>
        alphas.IsEmpty ? default : alphas.Slice(channel * layer.Positions, layer.Positions);
}
