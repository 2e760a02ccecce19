namespace Grader.Reference.Tests;

public class MlpTests
{
    // Seed 003 P3. W is out×in: W1[j, i] = w_ij (input i → hidden j), so W1 = [[w11, w21], [w12, w22]].
    // w41 and w42 multiply h2 = 0, so any value does; 0.3 and −0.7 stand in for them.
    private static double[][,] SeedWeights() =>
        [new double[,] { { 1, 0.5 }, { -0.5, -1 } }, new double[,] { { 0.5, 0.3 }, { -1, -0.7 } }];
    private static double[][] SeedBiases() => [[0.5, -0.5], [-1, 0.5]];
    private static readonly string[] SeedActivations = ["relu", "linear"];
    private static readonly double[] SeedInput = [2, -1], SeedTarget = [1, 0.5];

    [Test]
    public void Seed003ForwardValues()
    {
        var z = Mlp.PreActivations(SeedInput, SeedWeights(), SeedBiases(), SeedActivations);
        var h = Mlp.LayerOutputs(SeedInput, SeedWeights(), SeedBiases(), SeedActivations);
        Assert.That(z[0], Is.EqualTo(new[] { 2, -0.5 }));
        Assert.That(h[0], Is.EqualTo(new[] { 2.0, 0 }));
        Assert.That(h[1], Is.EqualTo(new[] { 0, -1.5 }));
        Assert.That(Mlp.Forward(SeedInput, SeedWeights(), SeedBiases(), SeedActivations),
            Is.EqualTo(new[] { 0, -1.5 }));
    }

    [Test]
    public void Seed003MeanSquaredError() =>
        Assert.That(Mlp.Loss(SeedInput, SeedWeights(), SeedBiases(), SeedActivations, SeedTarget, "mse"),
            Is.EqualTo(2.5));

    [Test]
    public void Seed003GradientOfW21()
    {
        var dw = Mlp.WeightGradients(SeedInput, SeedWeights(), SeedBiases(), SeedActivations, SeedTarget, "mse");
        Assert.That(dw[0][0, 1], Is.EqualTo(-1.5)); // w21: input 2 → hidden 1
        Assert.That(dw[0][1, 0], Is.EqualTo(0));    // w12 and w22 feed the dead ReLU
        Assert.That(dw[0][1, 1], Is.EqualTo(0));
    }

    [Test]
    public void Seed003FirstLayerAfterOneSgdStep()
    {
        var w = Mlp.SgdWeights(SeedInput, SeedWeights(), SeedBiases(), SeedActivations, SeedTarget, "mse", 0.1, 1);
        Assert.That(w[0][0, 1], Is.EqualTo(0.65).Within(1e-15)); // w21
        Assert.That(w[0][0, 0], Is.EqualTo(0.7).Within(1e-15));  // w11
        // The seed prints [[w11, w12], [w21, w22]] = W1ᵀ.
        Assert.That(Tensors.Transpose(w[0]), Is.EqualTo(new[,] { { 0.7, -0.5 }, { 0.65, -1 } }).Within(1e-15));
    }

    [Test]
    public void DenseComputesWxPlusB() =>
        Assert.That(Mlp.Dense([1, 2], new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } }, [1, 0, -1]),
            Is.EqualTo(new[] { 6.0, 11, 16 }));

    [Test]
    public void DenseGradientsMatchFiniteDifferences()
    {
        var random = new Random(8);
        for (int trial = 0; trial < 5; trial++)
        {
            int inputs = random.Next(1, 6), outputs = random.Next(1, 6);
            var x = FiniteDifferences.RandomArray<double[]>(random, inputs);
            var w = FiniteDifferences.RandomArray<double[,]>(random, outputs, inputs);
            var b = FiniteDifferences.RandomArray<double[]>(random, outputs);
            var dy = FiniteDifferences.RandomArray<double[]>(random, outputs);
            double Loss() => FiniteDifferences.Dot(Mlp.Dense(x, w, b), dy);
            Assert.That(FiniteDifferences.Elements(Mlp.DenseWeightGradient(x, dy)).ToArray(),
                Is.EqualTo(FiniteDifferences.Gradient(w, Loss)).Within(1e-8));
            Assert.That(Mlp.DenseInputGradient(w, dy), Is.EqualTo(FiniteDifferences.Gradient(x, Loss)).Within(1e-8));
            Assert.That(Mlp.DenseBiasGradient(dy), Is.EqualTo(FiniteDifferences.Gradient(b, Loss)).Within(1e-8));
        }
    }

    [TestCase("mse", "tanh", "linear")]
    [TestCase("mse", "sigmoid", "softplus")]
    [TestCase("binary_cross_entropy", "swish", "sigmoid")]
    [TestCase("cross_entropy", "mish", "linear")]
    [TestCase("cross_entropy", "relu", "tanh")]
    public void BackwardMatchesFiniteDifferences(string loss, string hidden, string output)
    {
        var random = new Random(loss.Length * 31 + hidden.Length);
        int[] sizes = [random.Next(1, 5), random.Next(1, 5), random.Next(1, 5), random.Next(2, 5)];
        var weights = Enumerable.Range(0, 3)
            .Select(l => FiniteDifferences.RandomArray<double[,]>(random, sizes[l + 1], sizes[l])).ToArray();
        var biases = Enumerable.Range(0, 3)
            .Select(l => FiniteDifferences.RandomArray<double[]>(random, sizes[l + 1])).ToArray();
        var x = FiniteDifferences.RandomArray<double[]>(random, sizes[0]);
        var target = Enumerable.Range(0, sizes[3]).Select(_ => random.NextDouble()).ToArray();
        if (loss == "cross_entropy") target = target.Select(t => t / target.Sum()).ToArray();
        string[] activations = [hidden, hidden, output];
        double Loss() => Mlp.Loss(x, weights, biases, activations, target, loss);

        var dw = Mlp.WeightGradients(x, weights, biases, activations, target, loss);
        var db = Mlp.BiasGradients(x, weights, biases, activations, target, loss);
        for (int l = 0; l < 3; l++)
        {
            Assert.That(FiniteDifferences.Elements(dw[l]).ToArray(),
                Is.EqualTo(FiniteDifferences.Gradient(weights[l], Loss)).Within(1e-6), $"dW layer {l}");
            Assert.That(db[l], Is.EqualTo(FiniteDifferences.Gradient(biases[l], Loss)).Within(1e-6), $"db layer {l}");
        }
    }

    [Test]
    public void SgdStepsMoveAgainstTheGradientAndReduceTheLoss()
    {
        var weights = SeedWeights();
        var biases = SeedBiases();
        var dw = Mlp.WeightGradients(SeedInput, weights, biases, SeedActivations, SeedTarget, "mse");
        var db = Mlp.BiasGradients(SeedInput, weights, biases, SeedActivations, SeedTarget, "mse");
        var w1 = Mlp.SgdWeights(SeedInput, weights, biases, SeedActivations, SeedTarget, "mse", 0.1, 1);
        var b1 = Mlp.SgdBiases(SeedInput, weights, biases, SeedActivations, SeedTarget, "mse", 0.1, 1);
        Assert.That(w1[1][1, 0], Is.EqualTo(weights[1][1, 0] - 0.1 * dw[1][1, 0]).Within(1e-15));
        Assert.That(b1[1], Is.EqualTo(biases[1].Select((b, j) => b - 0.1 * db[1][j])).Within(1e-15));

        var w5 = Mlp.SgdWeights(SeedInput, weights, biases, SeedActivations, SeedTarget, "mse", 0.1, 5);
        var b5 = Mlp.SgdBiases(SeedInput, weights, biases, SeedActivations, SeedTarget, "mse", 0.1, 5);
        Assert.That(Mlp.Loss(SeedInput, w5, b5, SeedActivations, SeedTarget, "mse"), Is.LessThan(0.1 * 2.5));
        Assert.That(weights[0][0, 1], Is.EqualTo(0.5), "the caller's weights are not modified");
    }

    [Test]
    public void ZeroStepsReturnACopyOfTheWeights()
    {
        var weights = SeedWeights();
        var w0 = Mlp.SgdWeights(SeedInput, weights, SeedBiases(), SeedActivations, SeedTarget, "mse", 0.1, 0);
        Assert.That(w0[0], Is.EqualTo(weights[0]).And.Not.SameAs(weights[0]));
    }

    [Test]
    public void InvalidNetworksThrow()
    {
        Assert.Throws<ArgumentException>(() => Mlp.Dense([1, 2, 3], new double[2, 2], [0, 0]));
        Assert.Throws<ArgumentException>(() => Mlp.Dense([1, 2], new double[2, 2], [0]));
        Assert.Throws<ArgumentException>(() => Mlp.Forward(SeedInput, SeedWeights(), SeedBiases(), ["relu"]));
        Assert.Throws<ArgumentException>(() => Mlp.Forward(SeedInput, SeedWeights(), SeedBiases(), ["relu", "gelu"]));
        Assert.Throws<ArgumentException>(() =>
            Mlp.Loss(SeedInput, SeedWeights(), SeedBiases(), SeedActivations, SeedTarget, "hinge"));
        Assert.Throws<ArgumentException>(() =>
            Mlp.Loss(SeedInput, SeedWeights(), SeedBiases(), SeedActivations, [1], "mse"));
        Assert.Throws<ArgumentException>(() =>
            Mlp.SgdWeights(SeedInput, SeedWeights(), SeedBiases(), SeedActivations, SeedTarget, "mse", 0.1, -1));
    }
}
