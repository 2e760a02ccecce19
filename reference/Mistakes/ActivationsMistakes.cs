namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong answers for activations (docs/homework-sources.md#activations-losses), with the same
/// parameters as the correct functions in <see cref="Activations"/>: a result that matches one of these names the
/// mistake.
/// </summary>
public static class ActivationsMistakes
{
    // ReLU'(0) = 1: the kink given to the positive side (the convention, and the frameworks, say 0).
    public static double ReluDerivativeOneAtZero(double x) => x >= 0 ? 1 : 0;

    // σ'(x) = x(1 − x): the formula a(1 − a), meant for the output a = σ(x), applied to the input.
    public static double SigmoidDerivativeOfInput(double x) => x * (1 - x);

    // tanh'(x) = 1 − x²: the formula 1 − a², meant for the output a = tanh(x), applied to the input.
    public static double TanhDerivativeOfInput(double x) => 1 - x * x;

    // LeakyReLU'(x) = 0 for x ≤ 0: the slope α forgotten, which is ReLU's derivative.
    public static double LeakyReluDerivativeWithoutAlpha(double x, double alpha) => Activations.ReluDerivative(x);

    // Swish_β'(x) = σ(βx) + xσ(βx)(1 − σ(βx)): the inner derivative β of σ(βx) dropped.
    public static double SwishBetaDerivativeWithoutBeta(double x, double beta)
    {
        double s = Activations.Sigmoid(beta * x);
        return s + x * s * (1 - s);
    }

    // Mish'(x) = Mish(x)/x + Swish(x)·sech²(softplus(x)) (seed 002's intermediate form): right except at x = 0,
    // where Mish(x)/x is 0/0 and the answer is NaN instead of tanh(ln 2) = 0.6.
    public static double MishDerivativeViaMishOverX(double x)
    {
        double t = Math.Tanh(Activations.Softplus(x));
        return Activations.Mish(x) / x + Activations.Swish(x) * (1 - t * t);
    }

    // dL/dα = Σ_i dL/dy_i · x_i: every input counted, although α only scales the negative ones (min(0, x_i)).
    public static double PreluAlphaGradientOverAllInputs(double[] x, double[] dy)
    {
        Activations.PreluAlphaGradient(x, dy); // same validation as the correct answer
        double sum = 0;
        for (int i = 0; i < x.Length; i++) sum += dy[i] * x[i];
        return sum;
    }

    // dL/dα = Σ_i dL/dy_i · max(0, x_i): the positive inputs counted instead of the negative ones α scales.
    public static double PreluAlphaGradientWithMax(double[] x, double[] dy)
    {
        Activations.PreluAlphaGradient(x, dy); // same validation as the correct answer
        double sum = 0;
        for (int i = 0; i < x.Length; i++) sum += dy[i] * Math.Max(0, x[i]);
        return sum;
    }

    // ln(1 + e^x) as written: e^x overflows to +∞ above x ≈ 709.8, where softplus(x) ≈ x.
    public static double SoftplusNaive(double x) => Math.Log(1 + Math.Exp(x));

    // (e^x − e^−x)/(e^x + e^−x) as written: ∞/∞ = NaN once |x| passes ≈ 709.8, where tanh(x) = ±1.
    public static double TanhFromExponentials(double x) => (Math.Exp(x) - Math.Exp(-x)) / (Math.Exp(x) + Math.Exp(-x));

    // σ'(x) = e^−x/(1 + e^−x)² as written: below x ≈ −709.8, e^−x overflows and ∞/∞ is NaN, where σ'(x) ≈ 0.
    public static double SigmoidDerivativeFromExponentials(double x) =>
        Math.Exp(-x) / ((1 + Math.Exp(-x)) * (1 + Math.Exp(-x)));

    // softplus'(x) = e^x/(1 + e^x) as written: above x ≈ 709.8, ∞/∞ is NaN, where softplus'(x) ≈ 1.
    public static double SoftplusDerivativeFromExponentials(double x) => Math.Exp(x) / (1 + Math.Exp(x));

    // Seed 002's closed form e^x·ω/δ² for every x: e^3x overflows above x ≈ 236.6 and ∞/∞ is NaN, where
    // Mish'(x) ≈ 1 (the answer uses it for x ≤ 0 only).
    public static double MishDerivativeClosedFormEverywhere(double x)
    {
        double omega = 4 * (x + 1) + 4 * Math.Exp(2 * x) + Math.Exp(3 * x) + Math.Exp(x) * (4 * x + 6);
        double delta = 2 * Math.Exp(x) + Math.Exp(2 * x) + 2;
        return Math.Exp(x) * omega / (delta * delta);
    }
}
