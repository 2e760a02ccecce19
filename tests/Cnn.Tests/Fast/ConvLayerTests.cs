using Grader.Cnn.Fast;
using Grader.Reference;

namespace Grader.Cnn.Tests.Fast;

/// <summary>Both convolutions of the network against the exact double-precision reference.</summary>
public class ConvLayerTests
{
    static readonly object[] Geometries = [new object[] { 1, 28, 7 }, new object[] { 8, 22, 5 }];

    [TestCaseSource(nameof(Geometries))]
    public void Forward_matches_the_reference(int channels, int side, int k)
    {
        var layer = new ConvLayer(channels, side, k);
        int inStride = side * side + 5; // channel stride larger than the image, as in the network
        var x = Arrays.Random(channels * inStride, 1);
        var w = Arrays.Random(8 * layer.Taps, 2, 0.3);
        var b = Arrays.Random(8, 3);
        var y = new float[8 * layer.OutStride];
        layer.Forward(x, inStride, w, b, y);
        var expected = Convolution.Conv2D(Arrays.Tensor3(x, channels, side, side, inStride),
            Arrays.Tensor4(w, 8, channels, k), Arrays.Double(b), 1, 0);
        Arrays.AssertClose(Arrays.Unpad(y, 8, layer.Positions, layer.OutStride), Arrays.Flat(expected));
    }

    [TestCaseSource(nameof(Geometries))]
    public void Weight_and_bias_gradients_match_the_reference_and_accumulate(int channels, int side, int k)
    {
        var layer = new ConvLayer(channels, side, k);
        var x = Arrays.Random(channels * side * side, 4);
        var w = Arrays.Random(8 * layer.Taps, 5);
        var dy = Arrays.Random(8 * layer.Positions, 6);
        layer.Forward(x, side * side, w, new float[8], new float[8 * layer.OutStride]); // leaves the im2col behind
        var (dW, dB) = (new float[8 * layer.Taps], new float[8]);
        layer.AccumulateWeightGradient(Padded(dy, layer), dW, dB);
        layer.AccumulateWeightGradient(Padded(dy, layer), dW, dB);
        var dyT = Arrays.Tensor3(dy, 8, layer.Out, layer.Out);
        var expectedW = Convolution.Conv2DWeightGradient(Arrays.Tensor3(x, channels, side, side),
            Arrays.Tensor4(w, 8, channels, k), dyT, 1, 0);
        Arrays.AssertClose(dW, Arrays.Flat(expectedW).Select(v => 2 * v).ToArray());
        Arrays.AssertClose(dB, Convolution.Conv2DBiasGradient(dyT).Select(v => 2 * v).ToArray());
    }

    static float[] Padded(float[] compact, ConvLayer layer)
    {
        var padded = new float[8 * layer.OutStride];
        for (int o = 0; o < 8; o++)
            compact.AsSpan(o * layer.Positions, layer.Positions).CopyTo(padded.AsSpan(o * layer.OutStride));
        return padded;
    }

    [Test]
    public void Input_gradient_matches_the_reference()
    {
        var layer = new ConvLayer(8, 22, 5);
        var x = Arrays.Random(8 * 22 * 22, 7);
        var w = Arrays.Random(8 * layer.Taps, 8);
        var dy = Arrays.Random(8 * layer.Positions, 9);
        var flipped = new float[w.Length];
        layer.FlipWeights(w, flipped);
        var dx = new float[8 * layer.InGradStride];
        layer.InputGradient(Padded(dy, layer), flipped, dx);
        var expected = Convolution.Conv2DInputGradient(Arrays.Tensor3(x, 8, 22, 22), Arrays.Tensor4(w, 8, 8, 5),
            Arrays.Tensor3(dy, 8, 18, 18), 1, 0);
        Arrays.AssertClose(Arrays.Unpad(dx, 8, 22 * 22, layer.InGradStride), Arrays.Flat(expected));
    }
}
