// Fixture from the red-team review: it returns big arrays to ArrayPool<T>.Shared, which kept them alive after unload.
// Parks big arrays in ArrayPool<T>.Shared (a process-wide static root) so they survive the unload.
// 1<<21 doubles = 16 MB each; the pool keeps one per size per thread plus per-core stacks.
static int parked = 0;
double[] Conv1D(double[] x, double[] w)
{
    if (parked == 0) { parked = 1;
        for (int i = 0; i < 3; i++) System.Buffers.ArrayPool<double>.Shared.Return(new double[1 << 21]);
        for (int i = 0; i < 3; i++) System.Buffers.ArrayPool<long>.Shared.Return(new long[1 << 21]);
        for (int i = 0; i < 2; i++) System.Buffers.ArrayPool<int>.Shared.Return(new int[1 << 21]);   // 8 MB each
    }
    return new double[0];
}
double[] Conv1DWeightGradient(double[] x, double[] dz) => new double[0];
