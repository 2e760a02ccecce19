using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Grader.Cnn.Fast;

/// <summary>The weight-gradient product C[8×T] += A[8×P] · B[T×P]ᵀ: dot products along the contiguous P axis,
/// so the im2col columns of the forward pass serve again (no transposed copy). Vectorised over P, two rows of B
/// at a time against all eight rows of A (16 accumulators), reduced horizontally once per block.</summary>
internal static class GemmTransposed
{
    const int Lanes = Gemm.Lanes;

    // C[i][t] += Σ_p A[i][p] · B[t][p], p < 16·vectors (padding of A or B must be zero).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Rows8(ReadOnlySpan<float> a, int aStride, ReadOnlySpan<float> b, int bStride, int rowsOfB,
        int vectors, Span<float> c, int cStride)
    {
        if (a.Length < 7 * aStride + vectors * Lanes || b.Length < (rowsOfB - 1) * bStride + vectors * Lanes
            || c.Length < 7 * cStride + rowsOfB)
            throw new ArgumentException("matrix spans are too short for the given strides");
        ref float a0 = ref Unsafe.AsRef(in a[0]);
        ref float b0 = ref Unsafe.AsRef(in b[0]);
        int t = 0;
        for (; t + 2 <= rowsOfB; t += 2)
            Block(ref a0, aStride, ref Unsafe.Add(ref b0, t * bStride), bStride, 2, vectors, c.Slice(t), cStride);
        if (t < rowsOfB)
            Block(ref a0, aStride, ref Unsafe.Add(ref b0, t * bStride), bStride, 1, vectors, c.Slice(t), cStride);
    }

    // One or two rows of B (when one, the second is read as the first and discarded).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static void Block(ref float a, int aStride, ref float b, int bStride, int rows, int vectors, Span<float> c,
        int cStride)
    {
        Vector512<float> s00 = default, s01 = default, s10 = default, s11 = default, s20 = default, s21 = default,
            s30 = default, s31 = default, s40 = default, s41 = default, s50 = default, s51 = default,
            s60 = default, s61 = default, s70 = default, s71 = default;
        ref float b1 = ref Unsafe.Add(ref b, rows == 2 ? bStride : 0);
        for (nuint p = 0; p < (nuint)(vectors * Lanes); p += Lanes)
        {
            var x0 = Vector512.LoadUnsafe(ref b, p);
            var x1 = Vector512.LoadUnsafe(ref b1, p);
            var y = Vector512.LoadUnsafe(ref a, p);
            s00 = Vector512.FusedMultiplyAdd(y, x0, s00); s01 = Vector512.FusedMultiplyAdd(y, x1, s01);
            y = Vector512.LoadUnsafe(ref a, p + (nuint)aStride);
            s10 = Vector512.FusedMultiplyAdd(y, x0, s10); s11 = Vector512.FusedMultiplyAdd(y, x1, s11);
            y = Vector512.LoadUnsafe(ref a, p + (nuint)(2 * aStride));
            s20 = Vector512.FusedMultiplyAdd(y, x0, s20); s21 = Vector512.FusedMultiplyAdd(y, x1, s21);
            y = Vector512.LoadUnsafe(ref a, p + (nuint)(3 * aStride));
            s30 = Vector512.FusedMultiplyAdd(y, x0, s30); s31 = Vector512.FusedMultiplyAdd(y, x1, s31);
            y = Vector512.LoadUnsafe(ref a, p + (nuint)(4 * aStride));
            s40 = Vector512.FusedMultiplyAdd(y, x0, s40); s41 = Vector512.FusedMultiplyAdd(y, x1, s41);
            y = Vector512.LoadUnsafe(ref a, p + (nuint)(5 * aStride));
            s50 = Vector512.FusedMultiplyAdd(y, x0, s50); s51 = Vector512.FusedMultiplyAdd(y, x1, s51);
            y = Vector512.LoadUnsafe(ref a, p + (nuint)(6 * aStride));
            s60 = Vector512.FusedMultiplyAdd(y, x0, s60); s61 = Vector512.FusedMultiplyAdd(y, x1, s61);
            y = Vector512.LoadUnsafe(ref a, p + (nuint)(7 * aStride));
            s70 = Vector512.FusedMultiplyAdd(y, x0, s70); s71 = Vector512.FusedMultiplyAdd(y, x1, s71);
        }
        c[0] += Vector512.Sum(s00); c[cStride] += Vector512.Sum(s10); c[2 * cStride] += Vector512.Sum(s20);
        c[3 * cStride] += Vector512.Sum(s30); c[4 * cStride] += Vector512.Sum(s40);
        c[5 * cStride] += Vector512.Sum(s50); c[6 * cStride] += Vector512.Sum(s60);
        c[7 * cStride] += Vector512.Sum(s70);
        if (rows < 2) return;
        c[1] += Vector512.Sum(s01); c[cStride + 1] += Vector512.Sum(s11); c[2 * cStride + 1] += Vector512.Sum(s21);
        c[3 * cStride + 1] += Vector512.Sum(s31); c[4 * cStride + 1] += Vector512.Sum(s41);
        c[5 * cStride + 1] += Vector512.Sum(s51); c[6 * cStride + 1] += Vector512.Sum(s61);
        c[7 * cStride + 1] += Vector512.Sum(s71);
    }
}
