namespace Grader.Reference;

/// <summary>
/// MobileNet's cost model (Howard et al. 2017, "MobileNets", §3): the separable-over-standard ratio and the cost
/// with width and resolution multipliers.
/// </summary>
public static partial class Architecture
{
    // (D_k²·M·D_F² + M·N·D_F²) / (D_k²·M·N·D_F²) = 1/N + 1/D_k²:
    // separable over standard cost (MobileNets eq. 5).
    public static double SeparableCostRatio(int n, int dk)
    {
        Positive(n, "N"); Positive(dk, "D_k");
        return 1.0 / n + 1.0 / ((double)dk * dk);
    }

    // D_k²·αM·(ρD_F)² + αM·αN·(ρD_F)²: width multiplier α thins every layer's channels, resolution
    // multiplier ρ shrinks the feature map (MobileNets eq. 7); stride 1 and same padding,
    // so D_F is both input and output size.
    public static double MobileNetCost(int dk, int m, int n, int df, double alpha, double rho)
    {
        Positive(dk, "D_k"); Positive(m, "M"); Positive(n, "N"); Positive(df, "D_F");
        if (!(alpha > 0 && alpha <= 1))
            throw new ArgumentException($"width multiplier α must be in (0, 1], got {alpha}");
        if (!(rho > 0 && rho <= 1))
            throw new ArgumentException($"resolution multiplier ρ must be in (0, 1], got {rho}");
        double positions = rho * df * rho * df, channelsIn = alpha * m;
        return (double)dk * dk * channelsIn * positions + channelsIn * alpha * n * positions;
    }
}
