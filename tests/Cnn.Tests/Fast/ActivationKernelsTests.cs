using Grader.Cnn.Fast;
using Grader.Reference;

namespace Grader.Cnn.Tests.Fast;

public class ActivationKernelsTests
{
    const int N = 37; // two vectors and a scalar tail

    [TestCase(-1f)]
    [TestCase(0f)]
    [TestCase(0.5f)]
    public void Leaky_forward_and_backward_match_the_reference(float alpha)
    {
        var z = Arrays.Random(N, 1);
        z[3] = 0;
        var da = Arrays.Random(N, 2);
        var a = new float[N];
        var dz = new float[N];
        ActivationKernels.Forward(z, alpha, default, a);
        ActivationKernels.Backward(z, da, alpha, default, dz, default);
        Arrays.AssertClose(a, z.Select(v => Activations.LeakyRelu(v, alpha)).ToArray(), 1e-6);
        Arrays.AssertClose(dz, z.Select((v, i) => da[i] * Activations.LeakyReluDerivative(v, alpha)).ToArray(), 1e-6);
    }

    [Test]
    public void PRelu_uses_one_slope_per_unit_and_accumulates_the_slope_gradient()
    {
        var z = Arrays.Random(N, 3);
        var alphas = Arrays.Random(N, 4);
        var da = Arrays.Random(N, 5);
        var a = new float[N];
        var dz = new float[N];
        var dAlphas = Enumerable.Repeat(1f, N).ToArray();
        ActivationKernels.Forward(z, 0, alphas, a);
        ActivationKernels.Backward(z, da, 0, alphas, dz, dAlphas);
        Arrays.AssertClose(a, z.Select((v, i) => Activations.Prelu(v, alphas[i])).ToArray(), 1e-6);
        Arrays.AssertClose(dz, z.Select((v, i) => da[i] * Activations.LeakyReluDerivative(v, alphas[i])).ToArray(),
            1e-6);
        var expected = z.Select((v, i) => 1 + Activations.PreluAlphaGradient([v], [da[i]])).ToArray();
        Arrays.AssertClose(dAlphas, expected, 1e-6);
    }
}
