namespace Grader.Reference;

/// <summary>
/// Activation functions and their derivatives (docs/homework-sources.md#activations-losses; seeds 000, 002, 004),
/// scalar in and out. Kinks take the convention of the common frameworks: ReLU'(0) = 0, LeakyReLU'(0) = α.
/// </summary>
public static class Activations
{
    // σ(x) = 1 / (1 + e^−x); for x < 0 written as e^x / (1 + e^x) so e^−x never overflows.
    public static double Sigmoid(double x)
    {
        if (x >= 0) return 1 / (1 + Math.Exp(-x));
        double e = Math.Exp(x);
        return e / (1 + e);
    }

    // σ'(x) = σ(x)(1 − σ(x)).
    public static double SigmoidDerivative(double x)
    {
        double s = Sigmoid(x);
        return s * (1 - s);
    }

    // tanh(x) = (e^x − e^−x) / (e^x + e^−x).
    public static double Tanh(double x) => Math.Tanh(x);

    // tanh'(x) = 1 − tanh²(x).
    public static double TanhDerivative(double x)
    {
        double t = Math.Tanh(x);
        return 1 - t * t;
    }

    // ReLU(x) = max(0, x): Leaky ReLU with α = 0.
    public static double Relu(double x) => LeakyRelu(x, 0);

    // ReLU'(x) = 1 if x > 0, else 0. ReLU'(0) = 0 by convention (the subgradient PyTorch and TensorFlow use).
    public static double ReluDerivative(double x) => LeakyReluDerivative(x, 0);

    // LeakyReLU(x) = x if x > 0, else αx. Any α: −1 gives |x|, 0 ReLU, 1 the identity (seed 002 Q3).
    public static double LeakyRelu(double x, double alpha) => x > 0 ? x : alpha * x;

    // LeakyReLU'(x) = 1 if x > 0, else α (α at the kink, so α = 0 keeps ReLU'(0) = 0).
    public static double LeakyReluDerivative(double x, double alpha) => x > 0 ? 1 : alpha;

    // PReLU(x) = x if x > 0, else αx with α learned (He et al. 2015): the same function as Leaky ReLU, so dy/dx
    // is LeakyReluDerivative; what is new is the gradient for α below.
    public static double Prelu(double x, double alpha) => LeakyRelu(x, alpha);

    // dL/dα = Σ_i dL/dy_i · min(0, x_i), for one α shared by all x_i (one channel; He et al. 2015, eq. 4).
    public static double PreluAlphaGradient(double[] x, double[] dy)
    {
        if (x.Length != dy.Length) throw new ArgumentException($"x has {x.Length} values but dL/dy has {dy.Length}");
        double sum = 0;
        for (int i = 0; i < x.Length; i++) sum += dy[i] * Math.Min(0, x[i]);
        return sum;
    }

    // softplus(x) = ln(1 + e^x) = max(x, 0) + ln(1 + e^−|x|), the second form never overflows.
    public static double Softplus(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));

    // softplus'(x) = σ(x).
    public static double SoftplusDerivative(double x) => Sigmoid(x);

    // Swish_β(x) = x·σ(βx) (Ramachandran et al. 2017); β = 0 gives x/2, β → ∞ gives ReLU.
    public static double SwishBeta(double x, double beta) => x * Sigmoid(beta * x);

    // Swish_β'(x) = βf + σ(βx)(1 − βf), f = Swish_β(x): seed 002's closed form, generalised to β.
    public static double SwishBetaDerivative(double x, double beta)
    {
        double f = SwishBeta(x, beta);
        return beta * f + Sigmoid(beta * x) * (1 - beta * f);
    }

    // ∂Swish_β/∂β = x²·σ(βx)(1 − σ(βx)): the gradient that trains β.
    public static double SwishBetaBetaGradient(double x, double beta) => x * x * SigmoidDerivative(beta * x);

    // Swish(x) = x·σ(x) = Swish_β with β = 1.
    public static double Swish(double x) => SwishBeta(x, 1);

    // Swish'(x) = Swish(x) + σ(x)(1 − Swish(x)) (seed 002).
    public static double SwishDerivative(double x) => SwishBetaDerivative(x, 1);

    // Mish(x) = x·tanh(softplus(x)) (Misra 2019). Mish(x)/x = tanh(softplus(x)) → tanh(ln 2) = 0.6 at x = 0.
    public static double Mish(double x) => x * Math.Tanh(Softplus(x));

    // Mish'(x) = e^x·ω/δ², ω = 4(x+1) + 4e^{2x} + e^{3x} + e^x(4x+6), δ = 2e^x + e^{2x} + 2 (seed 002).
    // For x > 0 numerator and denominator are divided by e^{4x}, so neither overflows for large x.
    public static double MishDerivative(double x)
    {
        if (x <= 0)
        {
            double e = Math.Exp(x);
            double omega = 4 * (x + 1) + 4 * e * e + e * e * e + e * (4 * x + 6);
            double delta = 2 * e + e * e + 2;
            return e * omega / (delta * delta);
        }
        double r = Math.Exp(-x);
        double scaledOmega = 4 * (x + 1) * r * r * r + 4 * r + 1 + (4 * x + 6) * r * r;
        double scaledDelta = 2 * r + 1 + 2 * r * r;
        return scaledOmega / (scaledDelta * scaledDelta);
    }

    // The activations an Mlp layer can name, and their derivatives.
    internal static readonly string[] Names = ["linear", "relu", "sigmoid", "tanh", "softplus", "swish", "mish"];

    internal static double Apply(string name, double x) => name switch
    {
        "linear" => x,
        "relu" => Relu(x),
        "sigmoid" => Sigmoid(x),
        "tanh" => Tanh(x),
        "softplus" => Softplus(x),
        "swish" => Swish(x),
        "mish" => Mish(x),
        _ => throw UnknownName(name),
    };

    internal static double Derivative(string name, double x) => name switch
    {
        "linear" => 1,
        "relu" => ReluDerivative(x),
        "sigmoid" => SigmoidDerivative(x),
        "tanh" => TanhDerivative(x),
        "softplus" => SoftplusDerivative(x),
        "swish" => SwishDerivative(x),
        "mish" => MishDerivative(x),
        _ => throw UnknownName(name),
    };

    internal static void CheckName(string name)
    {
        if (!Names.Contains(name)) throw UnknownName(name);
    }

    private static ArgumentException UnknownName(string name) =>
        new($"unknown activation \"{name}\" (expected one of {string.Join(", ", Names)})");
}
