using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Grader.Reference.Tests;

/// <summary>Independent gradient check: central differences over every element of a double array of any rank.</summary>
public static class FiniteDifferences
{
    // ∂f/∂x_k ≈ (f(x + h·e_k) − f(x − h·e_k)) / 2h, for every element k of x in row-major order.
    // f must read x (captured by the caller); x is perturbed in place and restored.
    public static double[] Gradient(Array x, Func<double> f, double h = 1e-6)
    {
        var values = Elements(x);
        var gradient = new double[values.Length];
        for (int k = 0; k < values.Length; k++)
        {
            double saved = values[k];
            values[k] = saved + h;
            double up = f();
            values[k] = saved - h;
            double down = f();
            values[k] = saved;
            gradient[k] = (up - down) / (2 * h);
        }
        return gradient;
    }

    // The elements of a double array of any rank, row-major, as one writable span (no copy).
    public static Span<double> Elements(Array x)
    {
        if (x.GetType().GetElementType() != typeof(double)) throw new ArgumentException("expected a double array");
        ref byte start = ref MemoryMarshal.GetArrayDataReference(x);
        return MemoryMarshal.CreateSpan(ref Unsafe.As<byte, double>(ref start), x.Length);
    }

    // Σ_k a_k b_k over two same-shaped arrays: turns an upstream gradient into a scalar loss to differentiate.
    public static double Dot(Array a, Array b)
    {
        var x = Elements(a);
        var y = Elements(b);
        if (x.Length != y.Length) throw new ArgumentException("shapes differ");
        double sum = 0;
        for (int k = 0; k < x.Length; k++) sum += x[k] * y[k];
        return sum;
    }

    // A seeded random array of the given shape with values in [−1, 1).
    public static T RandomArray<T>(Random random, params int[] shape) where T : class
    {
        var array = Array.CreateInstance(typeof(double), shape);
        var values = Elements(array);
        for (int k = 0; k < values.Length; k++) values[k] = random.NextDouble() * 2 - 1;
        return (array as T)!;
    }
}
