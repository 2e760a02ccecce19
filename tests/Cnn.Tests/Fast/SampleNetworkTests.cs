using Grader.Cnn.Fast;
using Grader.Cnn.Model;

namespace Grader.Cnn.Tests.Fast;

/// <summary>The whole fast network against the float64 reference forward pass: logits directly, gradients by
/// central finite differences of the float64 loss.</summary>
public class SampleNetworkTests
{
    public static readonly Activation[] Cases = [Activation.Leaky(-0.5f), Activation.Leaky(0f), Activation.PRelu];

    static CnnWeights Weights(Activation activation)
    {
        var w = CnnWeights.Initial(activation, 11);
        // Non-zero biases and slopes, so that every parameter matters.
        Arrays.Random(w.Data.Length - CnnWeights.Conv1B, 12, 0.1).CopyTo(w.Data.AsSpan(CnnWeights.Conv1B));
        CnnWeights.Initial(activation, 11).Conv2Weight.CopyTo(w.Conv2Weight);
        CnnWeights.Initial(activation, 11).DenseWeight.CopyTo(w.DenseWeight);
        return w;
    }

    static float[] Image(int seed) => Arrays.Random(784, seed).Select(v => (v + 1) / 2).ToArray();

    [TestCaseSource(nameof(Cases))]
    public void Logits_match_the_float64_forward_pass(Activation activation)
    {
        var w = Weights(activation);
        var net = new SampleNetwork(activation);
        var image = Image(13);
        image.CopyTo(net.Image);
        net.Forward(w);
        Arrays.AssertClose(net.Logits, Forward64.Logits(w, Arrays.Double(image)));
    }

    [TestCaseSource(nameof(Cases))]
    public void Gradient_matches_finite_differences_of_the_float64_loss(Activation activation)
    {
        var w = Weights(activation);
        var net = new SampleNetwork(activation);
        var image = Image(14);
        const int label = 3;
        image.CopyTo(net.Image);
        var flipped = new float[SampleNetwork.FlippedLength];
        net.FlipConv2(w.Conv2Weight, flipped);
        net.ClearGradient();
        net.Train(w, flipped, label, 1f);
        var rng = new Rng(15);
        var probes = Enumerable.Range(0, 40).Select(_ => rng.Next(w.Data.Length))
            .Concat([CnnWeights.Conv1W, CnnWeights.Conv1B + 2, CnnWeights.Conv2W + 77, CnnWeights.Conv2B,
                CnnWeights.DenseB + 3]);
        foreach (var p in probes)
        {
            double numeric = Central(w, Arrays.Double(image), label, p);
            Assert.That(net.Gradient[p], Is.EqualTo(numeric).Within(1e-4 * Math.Max(1, Math.Abs(numeric)) + 2e-5),
                $"parameter {p}");
        }
    }

    // (L(θ + h) − L(θ − h)) / 2h, in double over a double copy of the weights.
    static double Central(CnnWeights w, double[] image, int label, int p)
    {
        const float h = 1e-6f; // small: thousands of units sit near the kink at 0
        var plus = w.Clone();
        plus.Data[p] += h;
        var minus = w.Clone();
        minus.Data[p] -= h;
        return (Forward64.Loss(plus, image, label) - Forward64.Loss(minus, image, label))
               / ((double)plus.Data[p] - minus.Data[p]);
    }
}
