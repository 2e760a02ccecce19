namespace Grader.Reference;

/// <summary>
/// The learning-rate study of seed 003 P4 made deterministic (docs/homework-sources.md#optimizers): linear regression
/// without bias, x is N samples × D features, trained full-batch from w = 0 by one of the optimisers in
/// <see cref="Optimizers"/> with the usual defaults: momentum μ = 0.9; RMSprop ρ = 0.9, ε = 1e-8; Adam β1 = 0.9,
/// β2 = 0.999, ε = 1e-8.
/// The seed reads divergence at η = 1 and slow progress at η = 0.001 off such curves.
/// </summary>
public static class LearningRateStudy
{
    public const double Momentum = 0.9, Rho = 0.9, Beta1 = 0.9, Beta2 = 0.999, Eps = 1e-8;

    // L(w) = (1/N) Σ_i (x_i·w − y_i)²
    public static double MeanSquaredError(double[,] x, double[] y, double[] w)
    {
        Dropout.CheckRegression(x, y, w);
        return Dropout.SquaredError(x, y, w, 1) / x.GetLength(0);
    }

    // ∇L(w) = (2/N) Xᵀ(Xw − y)
    public static double[] MeanSquaredErrorGradient(double[,] x, double[] y, double[] w)
    {
        Dropout.CheckRegression(x, y, w);
        int n = x.GetLength(0), d = x.GetLength(1);
        var gradient = new double[d];
        for (int i = 0; i < n; i++)
        {
            double residual = -y[i];
            for (int j = 0; j < d; j++) residual += x[i, j] * w[j];
            for (int j = 0; j < d; j++) gradient[j] += 2 * residual * x[i, j] / n;
        }
        return gradient;
    }

    // curve[k] = L(w_k) for k = 0..steps, w_0 = 0, w_{k+1} = optimiser step from w_k; optimizer is "sgd",
    // "momentum", "rmsprop" or "adam". After the loss first overflows, the rest of the curve is +∞ (diverged).
    public static double[] LossCurve(double[,] x, double[] y, string optimizer, double learningRate, int steps)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(optimizer);
        if (!(learningRate >= 0 && double.IsFinite(learningRate)))
            throw new ArgumentException($"learning rate must be a finite number ≥ 0, got {learningRate}");
        if (steps < 0) throw new ArgumentException($"steps must be ≥ 0, got {steps}");
        var step = Stepper(optimizer, learningRate);
        var w = new double[x.GetLength(1)];
        var state = (first: new double[w.Length], second: new double[w.Length]);
        var curve = new double[steps + 1];
        for (int k = 0; k <= steps; k++)
        {
            curve[k] = MeanSquaredError(x, y, w);
            if (!double.IsFinite(curve[k]))
            {
                Array.Fill(curve, double.PositiveInfinity, k, steps + 1 - k);
                break;
            }
            if (k < steps) (w, state) = step(w, MeanSquaredErrorGradient(x, y, w), state, k + 1);
        }
        return curve;
    }

    delegate (double[] w, (double[] first, double[] second) state) Step(
        double[] w, double[] g, (double[] first, double[] second) state, int t);

    // One optimiser step with its state (velocity; mean square; first and second moments) and the step count t.
    static Step Stepper(string optimizer, double learningRate) => optimizer switch
    {
        "sgd" => (w, g, s, _) => (Optimizers.SgdStep(w, g, learningRate), s),
        "momentum" => (w, g, s, _) =>
        {
            var (nw, v) = Optimizers.MomentumStep(w, g, s.first, learningRate, Momentum);
            return (nw, (v, s.second));
        },
        "rmsprop" => (w, g, s, _) =>
        {
            var (nw, square) = Optimizers.RmspropStep(w, g, s.second, learningRate, Rho, Eps);
            return (nw, (s.first, square));
        },
        "adam" => (w, g, s, t) =>
        {
            var (nw, m, v) = Optimizers.AdamStep(w, g, s.first, s.second, t, learningRate, Beta1, Beta2, Eps);
            return (nw, (m, v));
        },
        _ => throw new ArgumentException($"unknown optimizer \"{optimizer}\": expected sgd, momentum, rmsprop or adam"),
    };
}
