namespace Grader.Cnn.Model;

/// <summary>All parameters in one float32 array, in the order of the weights file (see FORMAT.md):
/// conv1 W [8,1,7,7], conv1 b [8], conv2 W [8,8,5,5], conv2 b [8], dense W [10,2592], dense b [10],
/// then for PReLU α1 [8,22,22] and α2 [8,18,18]. One array keeps Adam and gradient sums one loop each.</summary>
public sealed class CnnWeights
{
    public const int Conv1W = 0;
    public const int Conv1B = Conv1W + CnnShape.Conv1Weights;
    public const int Conv2W = Conv1B + CnnShape.Channels;
    public const int Conv2B = Conv2W + CnnShape.Conv2Weights;
    public const int DenseW = Conv2B + CnnShape.Channels;
    public const int DenseB = DenseW + CnnShape.DenseWeights;
    public const int Alpha1 = DenseB + CnnShape.Classes;
    public const int Alpha2 = Alpha1 + CnnShape.Units1;
    public const int LeakyCount = Alpha1;                 // 27,938
    public const int PReluCount = Alpha2 + CnnShape.Units2; // 34,402

    public Activation Activation { get; }
    public float[] Data { get; }

    public CnnWeights(Activation activation, float[] data)
    {
        int expected = Count(activation);
        if (data.Length != expected)
            throw new ArgumentException($"{activation} needs {expected} parameters, got {data.Length}");
        Activation = activation;
        Data = data;
    }

    public static int Count(Activation activation) => activation.IsPRelu ? PReluCount : LeakyCount;

    public Span<float> Conv1Weight => Data.AsSpan(Conv1W, CnnShape.Conv1Weights);
    public Span<float> Conv1Bias => Data.AsSpan(Conv1B, CnnShape.Channels);
    public Span<float> Conv2Weight => Data.AsSpan(Conv2W, CnnShape.Conv2Weights);
    public Span<float> Conv2Bias => Data.AsSpan(Conv2B, CnnShape.Channels);
    public Span<float> DenseWeight => Data.AsSpan(DenseW, CnnShape.DenseWeights);
    public Span<float> DenseBias => Data.AsSpan(DenseB, CnnShape.Classes);
    /// <summary>PReLU slopes of layer 1 (empty for Leaky ReLU).</summary>
    public Span<float> Alphas1 => Activation.IsPRelu ? Data.AsSpan(Alpha1, CnnShape.Units1) : default;
    public Span<float> Alphas2 => Activation.IsPRelu ? Data.AsSpan(Alpha2, CnnShape.Units2) : default;

    // Glorot uniform U(±sqrt(6 / (fan_in + fan_out))) for kernels, zero biases and zero PReLU slopes (Keras defaults).
    public static CnnWeights Initial(Activation activation, int seed)
    {
        var w = new CnnWeights(activation, new float[Count(activation)]);
        var rng = new Rng((ulong)seed);
        Glorot(w.Conv1Weight, 1 * CnnShape.K1 * CnnShape.K1, CnnShape.Channels * CnnShape.K1 * CnnShape.K1, rng);
        Glorot(w.Conv2Weight, CnnShape.Channels * CnnShape.K2 * CnnShape.K2,
            CnnShape.Channels * CnnShape.K2 * CnnShape.K2, rng);
        Glorot(w.DenseWeight, CnnShape.Units2, CnnShape.Classes, rng);
        return w;
    }

    static void Glorot(Span<float> weights, int fanIn, int fanOut, Rng rng)
    {
        double limit = Math.Sqrt(6.0 / (fanIn + fanOut));
        for (int i = 0; i < weights.Length; i++) weights[i] = (float)((2 * rng.NextDouble() - 1) * limit);
    }

    public CnnWeights Clone() => new(Activation, (float[])Data.Clone());
}
