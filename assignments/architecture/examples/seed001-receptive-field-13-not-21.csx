// Seed 001 Q4f's mistake: pooling layers (window as wide as its stride) are left out of the stride product, as if
// they only summarised their window without moving the grid, so conv 3×3 s2 → pool 2×2 → conv 3×3 s2 → pool 2×2
// gives 13 instead of 21.

int ConvOutputSize(int n, int k, int s, int p) => (n - k + 2 * p) / s + 1; // integer division floors (all terms ≥ 0)

long StandardConvParameters(int cIn, int cOut, int k, bool bias) => (long)k * k * cIn * cOut + (bias ? cOut : 0);

long StandardConvMultiplications(int h, int w, int cIn, int cOut, int k, int s, int p)
{
    long positions = (long)ConvOutputSize(h, k, s, p) * ConvOutputSize(w, k, s, p);
    return positions * k * k * cIn * cOut;
}

long PointwiseConvParameters(int cIn, int cOut, bool bias) => (long)cIn * cOut + (bias ? cOut : 0);

long PointwiseConvMultiplications(int h, int w, int cIn, int cOut) => (long)h * w * cIn * cOut;

long DepthwiseConvParameters(int c, int k, bool bias) => (long)k * k * c + (bias ? c : 0);

long DepthwiseConvMultiplications(int h, int w, int c, int k, int s, int p)
{
    long positions = (long)ConvOutputSize(h, k, s, p) * ConvOutputSize(w, k, s, p);
    return positions * k * k * c;
}

long SeparableConvParameters(int cIn, int cOut, int k, bool bias) =>
    DepthwiseConvParameters(cIn, k, bias) + PointwiseConvParameters(cIn, cOut, bias);

long SeparableConvMultiplications(int h, int w, int cIn, int cOut, int k, int s, int p) =>
    DepthwiseConvMultiplications(h, w, cIn, k, s, p)
    + PointwiseConvMultiplications(ConvOutputSize(h, k, s, p), ConvOutputSize(w, k, s, p), cIn, cOut);

long PoolingOperations(int h, int w, int c, int k, int s, int p) =>
    (long)ConvOutputSize(h, k, s, p) * ConvOutputSize(w, k, s, p) * k * k * c;

// Cost of one layer whose input is h×w×c.
long LayerMults(string kind, int h, int w, int c, int cOut, int k, int s, int p)
{
    long positions = (long)ConvOutputSize(h, k, s, p) * ConvOutputSize(w, k, s, p);
    switch (kind)
    {
        case "conv": return StandardConvMultiplications(h, w, c, cOut, k, s, p);
        case "pointwise": return PointwiseConvMultiplications(h, w, c, cOut);
        case "depthwise": return DepthwiseConvMultiplications(h, w, c, k, s, p);
        case "separable": return SeparableConvMultiplications(h, w, c, cOut, k, s, p);
        case "avgpool": return positions * c; // one 1/k² scaling per output value
        default: return 0;                    // max pooling only compares
    }
}

int[,] NetworkOutputShapes(int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels, int[] strides, int[] paddings)
{
    var shapes = new int[kinds.Length, 3];
    for (int l = 0; l < kinds.Length; l++)
    {
        h = ConvOutputSize(h, kernels[l], strides[l], paddings[l]);
        w = ConvOutputSize(w, kernels[l], strides[l], paddings[l]);
        c = outChannels[l];
        shapes[l, 0] = h; shapes[l, 1] = w; shapes[l, 2] = c;
    }
    return shapes;
}

long[] NetworkMultiplications(int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels, int[] strides, int[] paddings)
{
    var mults = new long[kinds.Length];
    for (int l = 0; l < kinds.Length; l++)
    {
        mults[l] = LayerMults(kinds[l], h, w, c, outChannels[l], kernels[l], strides[l], paddings[l]);
        h = ConvOutputSize(h, kernels[l], strides[l], paddings[l]);
        w = ConvOutputSize(w, kernels[l], strides[l], paddings[l]);
        c = outChannels[l];
    }
    return mults;
}

long TotalMultiplications(int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels, int[] strides, int[] paddings) =>
    NetworkMultiplications(h, w, c, kinds, outChannels, kernels, strides, paddings).Sum();

long[] NetworkParameters(int c, string[] kinds, int[] outChannels, int[] kernels, bool bias)
{
    var counts = new long[kinds.Length];
    for (int l = 0; l < kinds.Length; l++)
    {
        counts[l] = kinds[l] switch
        {
            "conv" => StandardConvParameters(c, outChannels[l], kernels[l], bias),
            "pointwise" => PointwiseConvParameters(c, outChannels[l], bias),
            "depthwise" => DepthwiseConvParameters(c, kernels[l], bias),
            "separable" => SeparableConvParameters(c, outChannels[l], kernels[l], bias),
            _ => 0,
        };
        c = outChannels[l];
    }
    return counts;
}

long TotalParameters(int c, string[] kinds, int[] outChannels, int[] kernels, bool bias) =>
    NetworkParameters(c, kinds, outChannels, kernels, bias).Sum();

// Network A: depthwise then pointwise per width; network B: one standard convolution per width.
double MultiplicationRatio(int n, int c, int[] widths, int k, int s, int p)
{
    long a = 0, b = 0;
    int size = n, channels = c;
    foreach (int width in widths)
    {
        b += StandardConvMultiplications(size, size, channels, width, k, s, p);
        a += SeparableConvMultiplications(size, size, channels, width, k, s, p);
        size = ConvOutputSize(size, k, s, p);
        channels = width;
    }
    return (double)b / a;
}

double ParameterRatio(int c, int[] widths, int k)
{
    long a = 0, b = 0;
    int channels = c;
    foreach (int width in widths)
    {
        b += StandardConvParameters(channels, width, k, false);
        a += SeparableConvParameters(channels, width, k, false);
        channels = width;
    }
    return (double)b / a;
}

double SeparableCostRatio(int n, int dk) => 1.0 / n + 1.0 / (dk * dk);

double MobileNetCost(int dk, int m, int n, int df, double alpha, double rho)
{
    double f = rho * df;
    return dk * dk * alpha * m * f * f + alpha * m * alpha * n * f * f;
}

int ReceptiveFieldSize(int[] kernels, int[] strides)
{
    int rf = 1, jump = 1;
    for (int l = 0; l < kernels.Length; l++)
    {
        rf += (kernels[l] - 1) * jump;
        if (kernels[l] != strides[l]) jump *= strides[l]; // a pool keeps the grid
    }
    return rf;
}

int[] ReceptiveFieldPerLayer(int[] kernels, int[] strides, int[] dilations)
{
    var fields = new int[kernels.Length];
    int rf = 1, jump = 1;
    for (int l = 0; l < kernels.Length; l++)
    {
        int span = dilations[l] * (kernels[l] - 1) + 1;
        rf += (span - 1) * jump;
        if (kernels[l] != strides[l]) jump *= strides[l]; // a pool keeps the grid
        fields[l] = rf;
    }
    return fields;
}
