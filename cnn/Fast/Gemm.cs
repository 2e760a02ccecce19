using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Grader.Cnn.Fast;

/// <summary>The one matrix product every layer of the fast network reduces to: eight rows (the eight channels)
/// times a wide matrix, vectorised over its columns with AVX-512 (16 floats per vector). Eight rows is the
/// register block: each column vector of B is loaded once and reused eight times, each broadcast of A twice.</summary>
internal static class Gemm
{
    public const int Lanes = 16;
    public const int Rows = 8;

    /// <summary>Rounds a column count up to whole vectors (columns past the valid ones are padding).</summary>
    public static int Padded(int columns) => (columns + Lanes - 1) / Lanes * Lanes;

    // C[8×n] = (accumulate ? C : 0) + A[8×depth] · B[depth×n], n = 16·vectors; row strides in floats.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Rows8(ReadOnlySpan<float> a, int aStride, int depth, ReadOnlySpan<float> b, int bStride,
        Span<float> c, int cStride, int vectors, bool accumulate)
    {
        if (a.Length < 7 * aStride + depth || b.Length < (depth - 1) * bStride + vectors * Lanes
            || c.Length < 7 * cStride + vectors * Lanes)
            throw new ArgumentException("matrix spans are too short for the given strides");
        ref float a0 = ref Unsafe.AsRef(in a[0]);
        ref float b0 = ref Unsafe.AsRef(in b[0]);
        ref float c0 = ref c[0];
        int v = 0;
        for (; v + 2 <= vectors; v += 2)
            Block2(ref a0, aStride, depth, ref Unsafe.Add(ref b0, v * Lanes), bStride,
                ref Unsafe.Add(ref c0, v * Lanes), cStride, accumulate);
        if (v < vectors)
            Block1(ref a0, aStride, depth, ref Unsafe.Add(ref b0, v * Lanes), bStride,
                ref Unsafe.Add(ref c0, v * Lanes), cStride, accumulate);
    }

    // 8 rows × 32 columns held in 16 registers for the whole depth loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static void Block2(ref float a, int aStride, int depth, ref float b, int bStride, ref float c, int cStride,
        bool accumulate)
    {
        Vector512<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default,
            c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default,
            c60 = default, c61 = default, c70 = default, c71 = default;
        ref float a1 = ref Unsafe.Add(ref a, aStride);
        ref float a2 = ref Unsafe.Add(ref a, 2 * aStride);
        ref float a3 = ref Unsafe.Add(ref a, 3 * aStride);
        ref float a4 = ref Unsafe.Add(ref a, 4 * aStride);
        ref float a5 = ref Unsafe.Add(ref a, 5 * aStride);
        ref float a6 = ref Unsafe.Add(ref a, 6 * aStride);
        ref float a7 = ref Unsafe.Add(ref a, 7 * aStride);
        for (int k = 0; k < depth; k++)
        {
            var b0 = Vector512.LoadUnsafe(ref b);
            var b1 = Vector512.LoadUnsafe(ref b, Lanes);
            b = ref Unsafe.Add(ref b, bStride);
            var w = Vector512.Create(Unsafe.Add(ref a, k));
            c00 = Vector512.FusedMultiplyAdd(w, b0, c00); c01 = Vector512.FusedMultiplyAdd(w, b1, c01);
            w = Vector512.Create(Unsafe.Add(ref a1, k));
            c10 = Vector512.FusedMultiplyAdd(w, b0, c10); c11 = Vector512.FusedMultiplyAdd(w, b1, c11);
            w = Vector512.Create(Unsafe.Add(ref a2, k));
            c20 = Vector512.FusedMultiplyAdd(w, b0, c20); c21 = Vector512.FusedMultiplyAdd(w, b1, c21);
            w = Vector512.Create(Unsafe.Add(ref a3, k));
            c30 = Vector512.FusedMultiplyAdd(w, b0, c30); c31 = Vector512.FusedMultiplyAdd(w, b1, c31);
            w = Vector512.Create(Unsafe.Add(ref a4, k));
            c40 = Vector512.FusedMultiplyAdd(w, b0, c40); c41 = Vector512.FusedMultiplyAdd(w, b1, c41);
            w = Vector512.Create(Unsafe.Add(ref a5, k));
            c50 = Vector512.FusedMultiplyAdd(w, b0, c50); c51 = Vector512.FusedMultiplyAdd(w, b1, c51);
            w = Vector512.Create(Unsafe.Add(ref a6, k));
            c60 = Vector512.FusedMultiplyAdd(w, b0, c60); c61 = Vector512.FusedMultiplyAdd(w, b1, c61);
            w = Vector512.Create(Unsafe.Add(ref a7, k));
            c70 = Vector512.FusedMultiplyAdd(w, b0, c70); c71 = Vector512.FusedMultiplyAdd(w, b1, c71);
        }
        Store(ref c, 0, c00, accumulate); Store(ref c, Lanes, c01, accumulate);
        Store(ref c, cStride, c10, accumulate); Store(ref c, cStride + Lanes, c11, accumulate);
        Store(ref c, 2 * cStride, c20, accumulate); Store(ref c, 2 * cStride + Lanes, c21, accumulate);
        Store(ref c, 3 * cStride, c30, accumulate); Store(ref c, 3 * cStride + Lanes, c31, accumulate);
        Store(ref c, 4 * cStride, c40, accumulate); Store(ref c, 4 * cStride + Lanes, c41, accumulate);
        Store(ref c, 5 * cStride, c50, accumulate); Store(ref c, 5 * cStride + Lanes, c51, accumulate);
        Store(ref c, 6 * cStride, c60, accumulate); Store(ref c, 6 * cStride + Lanes, c61, accumulate);
        Store(ref c, 7 * cStride, c70, accumulate); Store(ref c, 7 * cStride + Lanes, c71, accumulate);
    }

    // The leftover 16 columns when the column count is an odd number of vectors.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static void Block1(ref float a, int aStride, int depth, ref float b, int bStride, ref float c, int cStride,
        bool accumulate)
    {
        Vector512<float> c0 = default, c1 = default, c2 = default, c3 = default,
            c4 = default, c5 = default, c6 = default, c7 = default;
        for (int k = 0; k < depth; k++)
        {
            var b0 = Vector512.LoadUnsafe(ref b);
            b = ref Unsafe.Add(ref b, bStride);
            c0 = Vector512.FusedMultiplyAdd(Vector512.Create(Unsafe.Add(ref a, k)), b0, c0);
            c1 = Vector512.FusedMultiplyAdd(Vector512.Create(Unsafe.Add(ref a, aStride + k)), b0, c1);
            c2 = Vector512.FusedMultiplyAdd(Vector512.Create(Unsafe.Add(ref a, 2 * aStride + k)), b0, c2);
            c3 = Vector512.FusedMultiplyAdd(Vector512.Create(Unsafe.Add(ref a, 3 * aStride + k)), b0, c3);
            c4 = Vector512.FusedMultiplyAdd(Vector512.Create(Unsafe.Add(ref a, 4 * aStride + k)), b0, c4);
            c5 = Vector512.FusedMultiplyAdd(Vector512.Create(Unsafe.Add(ref a, 5 * aStride + k)), b0, c5);
            c6 = Vector512.FusedMultiplyAdd(Vector512.Create(Unsafe.Add(ref a, 6 * aStride + k)), b0, c6);
            c7 = Vector512.FusedMultiplyAdd(Vector512.Create(Unsafe.Add(ref a, 7 * aStride + k)), b0, c7);
        }
        Store(ref c, 0, c0, accumulate); Store(ref c, cStride, c1, accumulate);
        Store(ref c, 2 * cStride, c2, accumulate); Store(ref c, 3 * cStride, c3, accumulate);
        Store(ref c, 4 * cStride, c4, accumulate); Store(ref c, 5 * cStride, c5, accumulate);
        Store(ref c, 6 * cStride, c6, accumulate); Store(ref c, 7 * cStride, c7, accumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void Store(ref float c, int offset, Vector512<float> value, bool accumulate)
    {
        if (accumulate) value += Vector512.LoadUnsafe(ref c, (nuint)offset);
        value.StoreUnsafe(ref c, (nuint)offset);
    }
}
