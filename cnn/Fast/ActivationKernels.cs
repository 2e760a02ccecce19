using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Grader.Cnn.Fast;

/// <summary>Leaky ReLU / PReLU over one row of pre-activations, forward and backward, 16 lanes at a time.
/// PReLU passes one slope per unit in <c>alphas</c>; Leaky ReLU passes an empty span and its fixed <c>alpha</c>.
/// The derivative at z = 0 is taken as α (as PyTorch does).</summary>
internal static class ActivationKernels
{
    // a = z > 0 ? z : α·z.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Forward(ReadOnlySpan<float> z, float alpha, ReadOnlySpan<float> alphas, Span<float> a)
    {
        int n = z.Length, i = 0;
        bool perUnit = !alphas.IsEmpty;
        for (; i + Gemm.Lanes <= n; i += Gemm.Lanes)
        {
            var zi = Vector512.Create(z.Slice(i, Gemm.Lanes));
            var slope = perUnit ? Vector512.Create(alphas.Slice(i, Gemm.Lanes)) : Vector512.Create(alpha);
            Vector512.ConditionalSelect(Vector512.GreaterThan(zi, Vector512<float>.Zero), zi, zi * slope)
                .CopyTo(a.Slice(i));
        }
        for (; i < n; i++) a[i] = z[i] > 0 ? z[i] : z[i] * (perUnit ? alphas[i] : alpha);
    }

    // dz = da · (z > 0 ? 1 : α); for PReLU also dα += da · (z > 0 ? 0 : z).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Backward(ReadOnlySpan<float> z, ReadOnlySpan<float> da, float alpha, ReadOnlySpan<float> alphas,
        Span<float> dz, Span<float> dAlphas)
    {
        int n = z.Length, i = 0;
        bool perUnit = !alphas.IsEmpty;
        for (; i + Gemm.Lanes <= n; i += Gemm.Lanes)
        {
            var zi = Vector512.Create(z.Slice(i, Gemm.Lanes));
            var gi = Vector512.Create(da.Slice(i, Gemm.Lanes));
            var positive = Vector512.GreaterThan(zi, Vector512<float>.Zero);
            var slope = perUnit ? Vector512.Create(alphas.Slice(i, Gemm.Lanes)) : Vector512.Create(alpha);
            Vector512.ConditionalSelect(positive, gi, gi * slope).CopyTo(dz.Slice(i));
            if (perUnit)
            {
                ref float target = ref MemoryMarshal.GetReference(dAlphas.Slice(i, Gemm.Lanes));
                var sum = Vector512.LoadUnsafe(ref target)
                    + Vector512.ConditionalSelect(positive, Vector512<float>.Zero, gi * zi);
                sum.StoreUnsafe(ref target);
            }
        }
        for (; i < n; i++) Scalar(z[i], da[i], perUnit ? alphas[i] : alpha, perUnit, ref dz[i], dAlphas, i);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void Scalar(float z, float g, float slope, bool perUnit, ref float dz, Span<float> dAlphas, int i)
    {
        dz = z > 0 ? g : g * slope;
        if (perUnit && z <= 0) dAlphas[i] += g * z;
    }
}
