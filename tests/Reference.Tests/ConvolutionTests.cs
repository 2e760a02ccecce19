using static Grader.Reference.Tests.FiniteDifferences;

namespace Grader.Reference.Tests;

public class ConvolutionTests
{
    const int RandomCases = 24;

    [Test]
    public void Seed004WorkedExample()
    {
        var x = Channel(new double[,] { { 1, 2, 1, 0 }, { 2, 1, 0, 1 }, { 1, 0, 2, 1 }, { 0, 1, 2, 1 } });
        var w = Kernel(new double[,] { { 1, -1, 0 }, { 0, 1, -1 }, { -1, 0, 1 } });
        var dy = Channel(new double[,] { { 1, -1 }, { -1, 1 } });

        var dw = Convolution.Conv2DWeightGradient(x, w, dy, 1, 0);
        Assert.That(dw, Is.EqualTo(Kernel(new double[,] { { -2, 0, 2 }, { 0, 3, -2 }, { 2, -1, 0 } })));

        // By hand: dX = Σ_ij dy[i,j]·W placed with its corner at (i,j), i.e. +W at (0,0), −W at (0,1),
        // −W at (1,0), +W at (1,1).
        // Row 0: [1, −1−1, 0+1, 0]; row 1: [0−1, 1+1+1, −1−1−1, 1]; row 2: [−1, 1−1, 1+1+1, −1−1];
        // row 3: [1, −1, −1, 1]. (The student padded dy by 1 instead of 2 and never got this far.)
        var expected = Channel(new double[,] { { 1, -2, 1, 0 }, { -1, 3, -3, 1 }, { -1, 0, 3, -2 }, { 1, -1, -1, 1 } });
        Assert.That(Convolution.Conv2DInputGradient(x, w, dy, 1, 0), Is.EqualTo(expected));
    }

    [Test]
    public void Seed000SymbolicLayoutWithPrimes()
    {
        // Distinct primes, so every product X·F or dO·X is identifiable in the sums.
        double x11 = 2, x12 = 3, x13 = 5, x21 = 7, x22 = 11, x23 = 13, x31 = 17, x32 = 19, x33 = 23;
        double f11 = 29, f12 = 31, f21 = 37, f22 = 41, d11 = 43, d12 = 47, d21 = 53, d22 = 59;
        var x = Channel(new[,] { { x11, x12, x13 }, { x21, x22, x23 }, { x31, x32, x33 } });
        var f = Kernel(new[,] { { f11, f12 }, { f21, f22 } });
        var dO = Channel(new[,] { { d11, d12 }, { d21, d22 } });

        var o = Channel(new[,]
        {
            { x11 * f11 + x12 * f12 + x21 * f21 + x22 * f22, x12 * f11 + x13 * f12 + x22 * f21 + x23 * f22 },
            { x21 * f11 + x22 * f12 + x31 * f21 + x32 * f22, x22 * f11 + x23 * f12 + x32 * f21 + x33 * f22 },
        });
        Assert.That(Convolution.Conv2D(x, f, [0], 1, 0), Is.EqualTo(o));

        // dL/dF_uv = Σ_ij dL/dO_ij · X_{i+u, j+v}
        var dF = Kernel(new[,]
        {
            { d11 * x11 + d12 * x12 + d21 * x21 + d22 * x22, d11 * x12 + d12 * x13 + d21 * x22 + d22 * x23 },
            { d11 * x21 + d12 * x22 + d21 * x31 + d22 * x32, d11 * x22 + d12 * x23 + d21 * x32 + d22 * x33 },
        });
        Assert.That(Convolution.Conv2DWeightGradient(x, f, dO, 1, 0), Is.EqualTo(dF));

        // The seed's term list, i.e. the full convolution of dL/dO with [[F22, F21], [F12, F11]].
        var dX = Channel(new[,]
        {
            { d11 * f11, d11 * f12 + d12 * f11, d12 * f12 },
            { d11 * f21 + d21 * f11, d11 * f22 + d12 * f21 + d21 * f12 + d22 * f11, d12 * f22 + d22 * f12 },
            { d21 * f21, d21 * f22 + d22 * f21, d22 * f22 },
        });
        Assert.That(Convolution.Conv2DInputGradient(x, f, dO, 1, 0), Is.EqualTo(dX));
    }

    public enum Parameter { Weights, Input, Bias }

    [Test]
    public void GradientMatchesFiniteDifferences([Values] Parameter of, [Range(0, RandomCases - 1)] int seed)
    {
        var t = ConvolutionCase.Random(seed);
        var numeric = Gradient(of switch { Parameter.Weights => t.W, Parameter.Input => t.X, _ => t.B }, t.Loss);
        var analytic = of switch
        {
            Parameter.Weights => Flat(Convolution.Conv2DWeightGradient(t.X, t.W, t.Dy, t.Stride, t.Padding)),
            Parameter.Input => Flat(Convolution.Conv2DInputGradient(t.X, t.W, t.Dy, t.Stride, t.Padding)),
            _ => Convolution.Conv2DBiasGradient(t.Dy),
        };
        Assert.That(analytic, Is.EqualTo(numeric).Within(1e-6), t.ToString());
    }

    [Test]
    public void InputGradientEqualsDirectScatter([Range(0, RandomCases - 1)] int seed)
    {
        var t = ConvolutionCase.Random(seed);
        Assert.That(Convolution.Conv2DInputGradient(t.X, t.W, t.Dy, t.Stride, t.Padding),
            Is.EqualTo(t.ScatterInputGradient(t.Stride)).Within(1e-12), t.ToString());
    }

    [Test]
    public void RowsAndColumnsNoWindowReachesGetZeroGradient()
    {
        // H + 2p − k = 5 − 2 = 3 is odd, so at stride 2 the windows start at 0 and 2 and never touch row/column 4.
        var random = new Random(7);
        var x = RandomArray<double[,,]>(random, 2, 5, 5);
        var w = RandomArray<double[,,,]>(random, 3, 2, 2, 2);
        var dy = RandomArray<double[,,]>(random, 3, 2, 2);
        var dx = Convolution.Conv2DInputGradient(x, w, dy, 2, 0);
        for (int c = 0; c < 2; c++)
            for (int k = 0; k < 5; k++)
                Assert.That((dx[c, 4, k], dx[c, k, 4]), Is.EqualTo((0.0, 0.0)));
        Assert.That(dx[0, 0, 0], Is.Not.EqualTo(0.0));
    }

    [Test]
    public void OutputShapeFollowsTheSizeFormula()
    {
        // floor((7 + 2·1 − 3)/2) + 1 = 4 rows; floor((6 + 2·1 − 2)/2) + 1 = 4 columns
        var y = Convolution.Conv2D(new double[2, 7, 6], new double[5, 2, 3, 2], new double[5], 2, 1);
        Assert.That(new[] { y.GetLength(0), y.GetLength(1), y.GetLength(2) }, Is.EqualTo(new[] { 5, 4, 4 }));
    }

    [Test]
    public void BiasIsAddedOncePerOutputChannel()
    {
        var y = Convolution.Conv2D(new double[1, 3, 3], new double[2, 1, 2, 2], [1.5, -2], 1, 0);
        Assert.That(new[] { y[0, 1, 1], y[1, 0, 1] }, Is.EqualTo(new[] { 1.5, -2 }));
    }

    static IEnumerable<TestCaseData> InvalidArguments()
    {
        double[,,] x = new double[2, 4, 4], dy = new double[3, 2, 2];
        double[,,,] w = new double[3, 2, 3, 3];
        yield return Invalid("channels differ",
            () => Convolution.Conv2D(x, new double[3, 1, 3, 3], new double[3], 1, 0));
        yield return Invalid("stride 0", () => Convolution.Conv2D(x, w, new double[3], 0, 0));
        yield return Invalid("negative padding", () => Convolution.Conv2D(x, w, new double[3], 1, -1));
        yield return Invalid("kernel taller than input",
            () => Convolution.Conv2D(x, new double[3, 2, 5, 3], new double[3], 1, 0));
        yield return Invalid("empty kernel", () => Convolution.Conv2D(x, new double[3, 2, 0, 3], new double[3], 1, 0));
        yield return Invalid("bias length", () => Convolution.Conv2D(x, w, new double[2], 1, 0));
        yield return Invalid("dy rows", () => Convolution.Conv2DWeightGradient(x, w, new double[3, 3, 2], 1, 0));
        yield return Invalid("dy channels", () => Convolution.Conv2DInputGradient(x, w, new double[2, 2, 2], 1, 0));
        yield return Invalid("dy shape for another stride", () => Convolution.Conv2DInputGradient(x, w, dy, 2, 0));
    }

    static TestCaseData Invalid(string name, TestDelegate call) => new TestCaseData(call).SetName(name);

    [TestCaseSource(nameof(InvalidArguments))]
    public void InvalidArgumentsThrowArgumentException(TestDelegate call) =>
        Assert.That(call, Throws.InstanceOf<ArgumentException>());

    static double[] Flat(Array a) => Elements(a).ToArray();

    static double[,,] Channel(double[,] m)
    {
        var x = new double[1, m.GetLength(0), m.GetLength(1)];
        for (int i = 0; i < m.GetLength(0); i++)
            for (int j = 0; j < m.GetLength(1); j++)
                x[0, i, j] = m[i, j];
        return x;
    }

    static double[,,,] Kernel(double[,] m)
    {
        var w = new double[1, 1, m.GetLength(0), m.GetLength(1)];
        for (int i = 0; i < m.GetLength(0); i++)
            for (int j = 0; j < m.GetLength(1); j++)
                w[0, 0, i, j] = m[i, j];
        return w;
    }
}

/// <summary>A seeded random convolution problem: channels 1..3, kernels 1..3 (not always square),
/// stride 1..3, padding 0..2.</summary>
public sealed record ConvolutionCase(double[,,] X, double[,,,] W, double[] B, double[,,] Dy, int Stride, int Padding)
{
    public static ConvolutionCase Random(int seed)
    {
        var random = new Random(seed);
        int c = random.Next(1, 4), o = random.Next(1, 4), kh = random.Next(1, 4), kw = random.Next(1, 4);
        int stride = random.Next(1, 4), padding = random.Next(0, 3);
        int h = random.Next(Math.Max(1, kh - 2 * padding), 8), w = random.Next(Math.Max(1, kw - 2 * padding), 8);
        int hOut = (h + 2 * padding - kh) / stride + 1, wOut = (w + 2 * padding - kw) / stride + 1;
        return new ConvolutionCase(RandomArray<double[,,]>(random, c, h, w),
            RandomArray<double[,,,]>(random, o, c, kh, kw),
            RandomArray<double[]>(random, o), RandomArray<double[,,]>(random, o, hOut, wOut), stride, padding);
    }

    // L = Σ dy ⊙ Conv2D(x, w, b): its gradients are exactly the backward pass with upstream gradient dy.
    public double Loss() => FiniteDifferences.Dot(Convolution.Conv2D(X, W, B, Stride, Padding), Dy);

    // dx[c, i·step+u−p, j·step+v−p] += dy[o,i,j] · w[o,c,u,v], skipping positions in the padding:
    // the forward pass read backwards, one product at a time (step = Stride is the correct gradient).
    public double[,,] ScatterInputGradient(int step)
    {
        var dx = new double[X.GetLength(0), X.GetLength(1), X.GetLength(2)];
        for (int o = 0; o < Dy.GetLength(0); o++)
            for (int i = 0; i < Dy.GetLength(1); i++)
                for (int j = 0; j < Dy.GetLength(2); j++)
                    for (int c = 0; c < W.GetLength(1); c++)
                        for (int u = 0; u < W.GetLength(2); u++)
                            for (int v = 0; v < W.GetLength(3); v++)
                            {
                                int row = i * step + u - Padding, col = j * step + v - Padding;
                                if (row >= 0 && row < X.GetLength(1) && col >= 0 && col < X.GetLength(2))
                                    dx[c, row, col] += Dy[o, i, j] * W[o, c, u, v];
                            }
        return dx;
    }

    public override string ToString() =>
        $"x {X.GetLength(0)}×{X.GetLength(1)}×{X.GetLength(2)}, w " +
            $"{W.GetLength(0)}×{W.GetLength(1)}×{W.GetLength(2)}×{W.GetLength(3)}, s {Stride}, p {Padding}";
}
