namespace Grader.Reference;

/// <summary>
/// The trained CNN of docs/homework-sources.md#trained-cnn (seed 002 Q3): Conv k1×k1×F (valid, stride 1) → act →
/// Conv k2×k2×F → act → Flatten (channel-major, C×H×W) → Dense. The homework's network is 28×28×1, F = 8,
/// k1 = 7, k2 = 5, 10 classes: 22×22×8 → 18×18×8 → 2,592 → 10, with 400 + 1,608 + 25,930 = 27,938 parameters
/// (34,402 with PReLU). act is Leaky ReLU a = z > 0 ? z : α·z (α = −1 is |z|, 0 is ReLU, 1 the identity), or PReLU
/// with one learned α per unit. The flat weight layout is assignments/trained-cnn/reference/FORMAT.md.
/// </summary>
public static class SmallCnn
{
    public const int Input = 28, Filters = 8, K1 = 7, K2 = 5, Classes = 10;
    public const int Side1 = Input - K1 + 1, Side2 = Side1 - K2 + 1;   // 22, 18
    public const int Units1 = Filters * Side1 * Side1, Units2 = Filters * Side2 * Side2; // 3,872; 2,592 = Flatten
    public const int Conv1W = 0, Conv1B = Conv1W + Filters * K1 * K1, Conv2W = Conv1B + Filters;
    public const int Conv2B = Conv2W + Filters * Filters * K2 * K2, DenseW = Conv2B + Filters;
    public const int DenseB = DenseW + Classes * Units2, LeakyCount = DenseB + Classes;    // 27,938
    public const int PReluCount = LeakyCount + Units1 + Units2;                              // 34,402

    // [side after conv 1, side after conv 2, flatten length]: side = n − k + 1 (valid,
    // stride 1), flatten = F·side2².
    public static int[] OutputSizes(int size, int filters, int k1, int k2) =>
        OutputSizes(size, filters, k1, k2, Architecture.ConvOutputSize);

    // The three counts with the output-size formula as a parameter, so that Mistakes can use a wrong one.
    internal static int[] OutputSizes(int size, int filters, int k1, int k2, Architecture.SizeRule side)
    {
        if (filters <= 0) throw new ArgumentException($"filters must be positive, got {filters}");
        int side1 = side(size, k1, 1, 0), side2 = side(side1, k2, 1, 0);
        return [side1, side2, filters * side2 * side2];
    }

    // [conv 1, conv 2, dense]: k1²·1·F + F, k2²·F·F + F, flatten·classes + classes (weights plus biases).
    public static long[] LayerParameters(int size, int filters, int k1, int k2, int classes) =>
        LayerParameters(size, filters, k1, k2, classes, Architecture.ConvOutputSize);

    internal static long[] LayerParameters(
        int size, int filters, int k1, int k2, int classes, Architecture.SizeRule side)
    {
        if (classes <= 0) throw new ArgumentException($"classes must be positive, got {classes}");
        int flatten = OutputSizes(size, filters, k1, k2, side)[2];
        return [Architecture.StandardConvParameters(1, filters, k1, true),
            Architecture.StandardConvParameters(filters, filters, k2, true),
            (long)flatten * classes + classes];
    }

    // Σ layers, plus for PReLU one slope per unit after each convolution: F·side1² + F·side2².
    public static long TotalParameters(int size, int filters, int k1, int k2, int classes, bool prelu) =>
        TotalParameters(size, filters, k1, k2, classes, prelu, Architecture.ConvOutputSize);

    internal static long TotalParameters(
        int size, int filters, int k1, int k2, int classes, bool prelu, Architecture.SizeRule side)
    {
        var sides = OutputSizes(size, filters, k1, k2, side);
        long slopes = prelu ? (long)filters * sides[0] * sides[0] + (long)filters * sides[1] * sides[1] : 0;
        return LayerParameters(size, filters, k1, k2, classes, side).Sum() + slopes;
    }

    // logits = W_d · flatten_CHW(act(conv2(act(conv1(x))))) + b_d, x the 28×28 image row-major (784 values).
    // weights: the flat layout of FORMAT.md (27,938 values, or 34,402 for PReLU, whose slopes replace α).
    public static double[] Logits(double[] weights, double[] image, double alpha)
    {
        if (weights.Length != LeakyCount && weights.Length != PReluCount)
            throw new ArgumentException($"the weights hold {LeakyCount} values (Leaky ReLU) or {PReluCount} (PReLU), " +
                $"got {weights.Length}");
        if (image.Length != Input * Input)
            throw new ArgumentException($"an image has {Input * Input} pixels, got {image.Length}");
        bool prelu = weights.Length == PReluCount;
        var x = new double[1, Input, Input];
        for (int p = 0; p < image.Length; p++) x[0, p / Input, p % Input] = image[p];
        var z1 = Convolution.Conv2D(x, Kernel(weights, Conv1W, 1, K1), Slice(weights, Conv1B, Filters), 1, 0);
        var a1 = Activate(z1, alpha, prelu ? weights.AsSpan(LeakyCount, Units1) : default);
        var z2 = Convolution.Conv2D(a1, Kernel(weights, Conv2W, Filters, K2), Slice(weights, Conv2B, Filters), 1, 0);
        var a2 = Activate(z2, alpha, prelu ? weights.AsSpan(LeakyCount + Units1, Units2) : default);
        var dense = new double[Classes, Units2];
        for (int j = 0; j < Classes; j++)
            for (int i = 0; i < Units2; i++) dense[j, i] = weights[DenseW + j * Units2 + i];
        return Mlp.Dense(FlattenChannelMajor(a2), dense, Slice(weights, DenseB, Classes));
    }

    // a[c,y,x] = LeakyRelu(z[c,y,x], α), α fixed or the slope of unit (c·H + y)·W + x (PReLU).
    static double[,,] Activate(double[,,] z, double alpha, ReadOnlySpan<double> slopes)
    {
        int h = z.GetLength(1), w = z.GetLength(2);
        for (int c = 0; c < z.GetLength(0); c++)
            for (int y = 0; y < h; y++)
                for (int x = 0; x < w; x++)
                    z[c, y, x] =
                        Activations.LeakyRelu(z[c, y, x], slopes.IsEmpty ? alpha : slopes[(c * h + y) * w + x]);
        return z;
    }

    // flat[c·H·W + y·W + x] = a[c,y,x]: a C# multi-dimensional array enumerates in exactly this (row-major) order.
    static double[] FlattenChannelMajor(double[,,] a)
    {
        var flat = new double[a.Length];
        int i = 0;
        foreach (var value in a) flat[i++] = value;
        return flat;
    }

    // W[o,c,u,v] = weights[start + ((o·C + c)·k + u)·k + v]
    static double[,,,] Kernel(double[] weights, int start, int channels, int k)
    {
        var kernel = new double[Filters, channels, k, k];
        int i = start;
        for (int o = 0; o < Filters; o++)
            for (int c = 0; c < channels; c++)
                for (int u = 0; u < k; u++)
                    for (int v = 0; v < k; v++) kernel[o, c, u, v] = weights[i++];
        return kernel;
    }

    static double[] Slice(double[] weights, int start, int count) => weights.AsSpan(start, count).ToArray();
}
