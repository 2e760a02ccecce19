namespace Grader.Reference.Tests;

public class SmallCnnTests
{
    static double[] Weights(int count, int seed, double scale = 0.1)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => (2 * random.NextDouble() - 1) * scale).ToArray();
    }

    static double[] Image(int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, 784).Select(_ => random.NextDouble()).ToArray();
    }

    // The same network written as plain loops over the flat layout of FORMAT.md, independent of Conv2D and Dense.
    static double[] DirectLogits(double[] w, double[] image, double alpha)
    {
        bool prelu = w.Length == SmallCnn.PReluCount;
        var a1 = new double[8 * 22 * 22];
        for (int o = 0; o < 8; o++)
            for (int y = 0; y < 22; y++)
                for (int x = 0; x < 22; x++)
                {
                    double z = w[392 + o];
                    for (int u = 0; u < 7; u++)
                        for (int v = 0; v < 7; v++) z += w[o * 49 + u * 7 + v] * image[(y + u) * 28 + x + v];
                    int unit = (o * 22 + y) * 22 + x;
                    a1[unit] = z > 0 ? z : (prelu ? w[27938 + unit] : alpha) * z;
                }
        var a2 = new double[2592];
        for (int o = 0; o < 8; o++)
            for (int y = 0; y < 18; y++)
                for (int x = 0; x < 18; x++)
                {
                    double z = w[2000 + o];
                    for (int c = 0; c < 8; c++)
                        for (int u = 0; u < 5; u++)
                            for (int v = 0; v < 5; v++)
                                z += w[400 + ((o * 8 + c) * 5 + u) * 5 + v] * a1[(c * 22 + y + u) * 22 + x + v];
                    int unit = (o * 18 + y) * 18 + x;
                    a2[unit] = z > 0 ? z : (prelu ? w[27938 + 3872 + unit] : alpha) * z;
                }
        var logits = new double[10];
        for (int j = 0; j < 10; j++)
        {
            logits[j] = w[27928 + j];
            for (int i = 0; i < 2592; i++) logits[j] += w[2008 + j * 2592 + i] * a2[i];
        }
        return logits;
    }

    [Test]
    public void TheHomeworkNetworkHasTheShapesAndParameterCountsOfSeed002sSummary()
    {
        Assert.That(SmallCnn.OutputSizes(28, 8, 7, 5), Is.EqualTo(new[] { 22, 18, 2592 }));
        Assert.That(SmallCnn.LayerParameters(28, 8, 7, 5, 10), Is.EqualTo(new long[] { 400, 1608, 25930 }));
        Assert.That(SmallCnn.TotalParameters(28, 8, 7, 5, 10, false),
            Is.EqualTo(27938).And.EqualTo(SmallCnn.LeakyCount));
        Assert.That(SmallCnn.TotalParameters(28, 8, 7, 5, 10, true),
            Is.EqualTo(34402).And.EqualTo(SmallCnn.PReluCount));
    }

    [Test]
    public void AKernelLargerThanTheImageIsRejected() =>
        Assert.That(() => SmallCnn.OutputSizes(8, 4, 7, 5), Throws.ArgumentException); // 8 → 2, then 5 > 2

    [TestCase(-1.0), TestCase(0.0), TestCase(0.5)]
    public void LogitsMatchPlainLoopsOverTheFlatLayout(double alpha)
    {
        var w = Weights(SmallCnn.LeakyCount, 1);
        Assert.That(SmallCnn.Logits(w, Image(2), alpha), Is.EqualTo(DirectLogits(w, Image(2), alpha)).Within(1e-12));
    }

    [Test]
    public void PReluLogitsMatchPlainLoopsAndUseTheSlopesNotAlpha()
    {
        var w = Weights(SmallCnn.PReluCount, 3);
        var logits = SmallCnn.Logits(w, Image(4), 0.7);
        Assert.That(logits, Is.EqualTo(DirectLogits(w, Image(4), double.NaN)).Within(1e-12));
        Assert.That(SmallCnn.Logits(w, Image(4), -0.3), Is.EqualTo(logits));
    }

    [Test]
    public void PReluWithEverySlopeEqualToAlphaIsLeakyRelu()
    {
        var leaky = Weights(SmallCnn.LeakyCount, 5);
        var prelu = leaky.Concat(Enumerable.Repeat(-0.5, 3872 + 2592)).ToArray();
        Assert.That(SmallCnn.Logits(prelu, Image(6), 0),
            Is.EqualTo(SmallCnn.Logits(leaky, Image(6), -0.5)).Within(1e-12));
    }

    [Test]
    public void AtAlphaOneAnImageAndItsInverseSumToTheSameLogitsForEveryImage()
    {
        var w = Weights(SmallCnn.LeakyCount, 7);
        double[] PairSum(double[] x) =>
            SmallCnn.Logits(w, x, 1).Zip(SmallCnn.Logits(w, x.Select(v => 1 - v).ToArray(), 1), (a, b) => a + b)
                .ToArray();
        Assert.That(PairSum(Image(8)), Is.EqualTo(PairSum(Image(9))).Within(1e-9));
    }

    [Test]
    public void WrongLengthsAreRejected()
    {
        Assert.That(() => SmallCnn.Logits(new double[27937], new double[784], 0), Throws.ArgumentException);
        Assert.That(() => SmallCnn.Logits(new double[27938], new double[783], 0), Throws.ArgumentException);
    }
}
