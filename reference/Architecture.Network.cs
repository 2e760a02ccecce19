namespace Grader.Reference;

/// <summary>
/// Whole networks (docs/homework-sources.md#architecture): each layer's output shape, multiplications and parameters,
/// a layer at a time on the previous one's output, and their totals.
/// </summary>
public static partial class Architecture
{
    // Row l = (H, W, C) after layer l. A network is parallel arrays, one entry per layer; pointwise entries must be
    // kernel 1, stride 1, padding 0, so a pointwise layer keeps its input's H×W
    // (docs/homework-sources.md#architecture: 256²·3·64 in network A).
    public static int[,] NetworkOutputShapes(
        int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels, int[] strides, int[] paddings) =>
        NetworkOutputShapes(h, w, c, kinds, outChannels, kernels, strides, paddings, ConvOutputSize);

    internal static int[,] NetworkOutputShapes(
        int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels, int[] strides, int[] paddings,
            SizeRule size)
    {
        int layers = CheckNetwork(kinds, outChannels, kernels, strides, paddings);
        Positive(c, "C");
        var shapes = new int[layers, 3];
        for (int l = 0; l < layers; l++)
        {
            CheckLayer(kinds[l], c, outChannels[l], kernels[l], strides[l], paddings[l]);
            h = size(h, kernels[l], strides[l], paddings[l]);
            w = size(w, kernels[l], strides[l], paddings[l]);
            c = outChannels[l];
            (shapes[l, 0], shapes[l, 1], shapes[l, 2]) = (h, w, c);
        }
        return shapes;
    }

    // Multiplications of every layer of the network, each on the previous layer's output shape.
    public static long[] NetworkMultiplications(
        int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels, int[] strides, int[] paddings) =>
        NetworkMultiplications(h, w, c, kinds, outChannels, kernels, strides, paddings, ConvOutputSize);

    internal static long[] NetworkMultiplications(
        int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels, int[] strides, int[] paddings,
            SizeRule size)
    {
        var shapes = NetworkOutputShapes(h, w, c, kinds, outChannels, kernels, strides, paddings, size);
        var counts = new long[kinds.Length];
        for (int l = 0; l < kinds.Length; l++)
        {
            if (l > 0) (h, w, c) = (shapes[l - 1, 0], shapes[l - 1, 1], shapes[l - 1, 2]);
            counts[l] = LayerMultiplications(kinds[l], h, w, c, outChannels[l], kernels[l], strides[l], paddings[l],
                size);
        }
        return counts;
    }

    // Σ over layers of NetworkMultiplications.
    public static long TotalMultiplications(int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels,
        int[] strides, int[] paddings) =>
        NetworkMultiplications(h, w, c, kinds, outChannels, kernels, strides, paddings).Sum();

    // Parameters of every layer; they do not depend on the spatial size, only on the channels and kernels.
    public static long[] NetworkParameters(int c, string[] kinds, int[] outChannels, int[] kernels, bool bias)
    {
        int layers = CheckNetwork(kinds, outChannels, kernels);
        var counts = new long[layers];
        for (int l = 0; l < layers; l++)
        {
            counts[l] = LayerParameters(kinds[l], c, outChannels[l], kernels[l], bias);
            c = outChannels[l];
        }
        return counts;
    }

    // Σ over layers of NetworkParameters.
    public static long TotalParameters(int c, string[] kinds, int[] outChannels, int[] kernels, bool bias) =>
        NetworkParameters(c, kinds, outChannels, kernels, bias).Sum();

    private static int CheckNetwork(string[] kinds, params int[][] perLayer)
    {
        if (perLayer.Any(values => values.Length != kinds.Length))
            throw new ArgumentException("every per-layer array (kinds, outChannels, kernels, strides, paddings) " +
                "needs one entry per layer");
        return kinds.Length;
    }
}
