using System.Runtime.CompilerServices;

namespace Grader.Cnn.Fast;

/// <summary>Unrolls the k×k patches of a C×side×side input (valid convolution, stride 1) so a convolution becomes
/// one <see cref="Gemm"/>. Input channel c starts at c·inStride and its rows are side floats long.</summary>
internal static class Im2Col
{
    // col[(c·k + ky)·k + kx][y·o + x] = in[c][y + ky][x + kx], o = side − k + 1; one row per kernel tap.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Columns(ReadOnlySpan<float> input, int channels, int side, int inStride, int k,
        Span<float> col, int colStride)
    {
        int o = side - k + 1;
        for (int c = 0; c < channels; c++)
        for (int ky = 0; ky < k; ky++)
        for (int kx = 0; kx < k; kx++)
        {
            var row = col.Slice(((c * k + ky) * k + kx) * colStride);
            for (int y = 0; y < o; y++)
                input.Slice(c * inStride + (y + ky) * side + kx, o).CopyTo(row.Slice(y * o, o));
        }
    }
}
