using Grader.Cnn.Model;

namespace Grader.Cnn.Tests;

/// <summary>Random test data and conversions between the fast network's flat float layouts and the reference's
/// double arrays, plus the 1e-4 relative comparison the issue asks for.</summary>
static class Arrays
{
    public static float[] Random(int length, int seed, double scale = 1)
    {
        var rng = new Rng((ulong)seed);
        return Enumerable.Range(0, length).Select(_ => (float)((2 * rng.NextDouble() - 1) * scale)).ToArray();
    }

    public static double[,,] Tensor3(ReadOnlySpan<float> flat, int c, int h, int w, int channelStride = -1)
    {
        if (channelStride < 0) channelStride = h * w;
        var t = new double[c, h, w];
        for (int i = 0; i < c; i++)
            for (int y = 0; y < h; y++)
                for (int x = 0; x < w; x++) t[i, y, x] = flat[i * channelStride + y * w + x];
        return t;
    }

    public static double[,,,] Tensor4(ReadOnlySpan<float> flat, int o, int c, int k)
    {
        var t = new double[o, c, k, k];
        int n = 0;
        for (int a = 0; a < o; a++)
            for (int b = 0; b < c; b++)
                for (int y = 0; y < k; y++)
                    for (int x = 0; x < k; x++) t[a, b, y, x] = flat[n++];
        return t;
    }

    public static double[] Flat(Array values) => values.Cast<double>().ToArray();

    public static double[] Double(ReadOnlySpan<float> values) => values.ToArray().Select(v => (double)v).ToArray();

    /// <summary>Asserts |actual − expected| ≤ 1e-4 · max(1, max |expected|) element by element.</summary>
    public static void AssertClose(ReadOnlySpan<float> actual, IReadOnlyList<double> expected, double relative = 1e-4)
    {
        Assert.That(actual.Length, Is.EqualTo(expected.Count), "length");
        double scale = Math.Max(1, expected.Max(Math.Abs));
        for (int i = 0; i < actual.Length; i++)
            Assert.That((double)actual[i], Is.EqualTo(expected[i]).Within(relative * scale), $"index {i}");
    }

    /// <summary>Copies channel rows out of a padded buffer (channelStride floats per channel) into
    /// a compact span.</summary>
    public static float[] Unpad(ReadOnlySpan<float> padded, int channels, int length, int channelStride)
    {
        var compact = new float[channels * length];
        for (int c = 0; c < channels; c++) padded.Slice(c * channelStride, length).CopyTo(compact.AsSpan(c * length));
        return compact;
    }
}
