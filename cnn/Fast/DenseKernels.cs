using System.Numerics.Tensors;

namespace Grader.Cnn.Fast;

/// <summary>The dense layer (W is out×in, row-major) and softmax cross-entropy for one sample.</summary>
internal static class DenseKernels
{
    // y = W x + b.
    public static void Forward(ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> b, Span<float> y)
    {
        for (int j = 0; j < y.Length; j++) y[j] = b[j] + TensorPrimitives.Dot(w.Slice(j * x.Length, x.Length), x);
    }

    // dW += dy xᵀ, db += dy, dx = Wᵀ dy.
    public static void Backward(ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> dy,
        Span<float> dW, Span<float> db, Span<float> dx)
    {
        dx.Clear();
        for (int j = 0; j < dy.Length; j++)
        {
            var dWj = dW.Slice(j * x.Length, x.Length);
            TensorPrimitives.MultiplyAdd(x, dy[j], dWj, dWj);
            TensorPrimitives.MultiplyAdd(w.Slice(j * x.Length, x.Length), dy[j], dx, dx);
            db[j] += dy[j];
        }
    }

    // loss = logsumexp(z) − z_label; dz = (softmax(z) − onehot(label)) · scale.
    // Computed in double for a stable loss.
    public static double SoftmaxCrossEntropy(ReadOnlySpan<float> logits, int label, float scale, Span<float> dLogits)
    {
        double max = TensorPrimitives.Max(logits), sum = 0;
        for (int j = 0; j < logits.Length; j++) sum += Math.Exp(logits[j] - max);
        for (int j = 0; j < logits.Length; j++)
            dLogits[j] = (float)((Math.Exp(logits[j] - max) / sum - (j == label ? 1 : 0)) * scale);
        return Math.Log(sum) + max - logits[label];
    }
}
