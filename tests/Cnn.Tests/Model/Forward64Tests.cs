using Grader.Cnn.Model;

namespace Grader.Cnn.Tests.Model;

public class Forward64Tests
{
    static double[] Image(int seed) => Arrays.Random(784, seed).Select(v => (v + 1) / 2.0).ToArray();

    [Test]
    public void At_alpha_one_the_network_is_affine_so_an_image_and_its_inverse_sum_to_a_constant()
    {
        // logits(x) + logits(1 − x) = W·1 + 2b for an affine map: the same for every image. This is why α = 1
        // cannot learn MNIST + inverted: see the reference README.
        var w = CnnWeights.Initial(Activation.Leaky(1), 3);
        double[] PairSum(double[] x) =>
            Forward64.Logits(w, x).Zip(Forward64.Logits(w, x.Select(v => 1 - v).ToArray()), (a, b) => a + b).ToArray();
        Assert.That(PairSum(Image(1)), Is.EqualTo(PairSum(Image(2))).Within(1e-9));
    }

    [Test]
    public void With_relu_the_pair_sum_depends_on_the_image()
    {
        var w = CnnWeights.Initial(Activation.Leaky(0), 3);
        double Sum0(double[] x) => Forward64.Logits(w, x)[0] + Forward64.Logits(w, x.Select(v => 1 - v).ToArray())[0];
        Assert.That(Sum0(Image(1)), Is.Not.EqualTo(Sum0(Image(2))).Within(1e-3));
    }

    [Test]
    public void Zero_kernels_leave_the_dense_bias_as_logits()
    {
        var w = new CnnWeights(Activation.Leaky(0), new float[CnnWeights.LeakyCount]);
        for (int j = 0; j < 10; j++) w.DenseBias[j] = j;
        Assert.That(Forward64.Logits(w, Image(4)), Is.EqualTo(Enumerable.Range(0, 10).Select(j => (double)j)));
        Assert.That(Forward64.Loss(w, Image(4), 9),
            Is.EqualTo(Math.Log(Enumerable.Range(0, 10).Sum(j => Math.Exp(j - 9)))).Within(1e-12));
    }

    [Test]
    public void An_image_must_have_784_pixels() =>
        Assert.That(() => Forward64.Logits(CnnWeights.Initial(Activation.PRelu, 1), new double[783]),
            Throws.ArgumentException);
}
