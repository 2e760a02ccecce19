using Grader.Cnn.Fast;

namespace Grader.Cnn.Tests.Fast;

public class GemmTests
{
    [TestCase(1, 5, false)]
    [TestCase(2, 49, false)]
    [TestCase(3, 200, true)]
    [TestCase(5, 17, true)]
    public void Rows8_matches_the_naive_product(int vectors, int depth, bool accumulate)
    {
        int n = vectors * Gemm.Lanes, aStride = depth + 3, bStride = n + 16, cStride = n + 32;
        var a = Arrays.Random(8 * aStride, 1);
        var b = Arrays.Random(depth * bStride, 2);
        var c = Arrays.Random(8 * cStride, 3);
        var expected = new double[8 * n];
        for (int i = 0; i < 8; i++)
            for (int j = 0; j < n; j++)
            {
                double sum = accumulate ? c[i * cStride + j] : 0;
                for (int k = 0; k < depth; k++) sum += (double)a[i * aStride + k] * b[k * bStride + j];
                expected[i * n + j] = sum;
            }
        Gemm.Rows8(a, aStride, depth, b, bStride, c, cStride, vectors, accumulate);
        Arrays.AssertClose(Arrays.Unpad(c, 8, n, cStride), expected, 1e-5);
    }

    [Test]
    public void Rows8_rejects_spans_too_short_for_the_strides() =>
        Assert.That(() => Gemm.Rows8(new float[8], 1, 1, new float[16], 16, new float[8 * 16], 16, 2, false),
            Throws.ArgumentException);
}
