namespace Grader.Cnn.Fast;

/// <summary>Adam (Kingma &amp; Ba 2015, Algorithm 1) over one flat parameter array; ε = 1e-7 as in Keras.</summary>
internal sealed class Adam(int count, float learningRate = 1e-3f, float beta1 = 0.9f, float beta2 = 0.999f,
    float epsilon = 1e-7f)
{
    readonly float[] m = new float[count], v = new float[count];
    int t;

    // m ← β1 m + (1 − β1) g; v ← β2 v + (1 − β2) g²; θ ← θ − lr · m̂ / (√v̂ + ε),
    // m̂ = m / (1 − β1ᵗ), v̂ = v / (1 − β2ᵗ).
    public void Step(Span<float> parameters, ReadOnlySpan<float> gradient)
    {
        t++;
        float correction1 = 1 - MathF.Pow(beta1, t), correction2 = 1 - MathF.Pow(beta2, t);
        for (int i = 0; i < parameters.Length; i++)
        {
            float g = gradient[i];
            m[i] = beta1 * m[i] + (1 - beta1) * g;
            v[i] = beta2 * v[i] + (1 - beta2) * g * g;
            parameters[i] -= learningRate * (m[i] / correction1) / (MathF.Sqrt(v[i] / correction2) + epsilon);
        }
    }
}
