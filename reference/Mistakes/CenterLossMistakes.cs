namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong answers for center loss (docs/homework-sources.md#normalization), with the same signatures
/// as the correct functions in <see cref="CenterLoss"/>: a result that matches one of these names the mistake.
/// </summary>
public static class CenterLossMistakes
{
    // ∂L_c/∂x_i = c_{y_i} − x_i: the sign of the difference reversed
    public static double[,] GradientSignFlipped(double[,] x, int[] labels, double[,] centers)
    {
        var diff = CenterLoss.Differences(x, labels, centers);
        var flipped = new double[diff.GetLength(0), diff.GetLength(1)];
        for (int i = 0; i < diff.GetLength(0); i++)
            for (int f = 0; f < diff.GetLength(1); f++)
                flipped[i, f] = -diff[i, f];
        return flipped;
    }

    // Δc_j = Σ_i δ(y_i = j)(c_j − x_i) / (ε + Σ_i δ(y_i = j)) with ε → 0 (seed 001 Q6b): the plain class
    // mean, 0 for a class absent from the batch
    public static double[,] DeltaWithEpsilonDenominator(double[,] x, int[] labels, double[,] centers)
    {
        var delta = CenterLoss.CenterDelta(x, labels, centers);
        var count = new int[centers.GetLength(0)];
        foreach (int label in labels) count[label]++;
        for (int j = 0; j < delta.GetLength(0); j++)
            for (int f = 0; f < delta.GetLength(1); f++)
                delta[j, f] = count[j] == 0 ? 0 : delta[j, f] * (1 + count[j]) / count[j];
        return delta;
    }

    // c_j ← c_j − Δc_j: the rate α left out (seed 001 Q6b writes C_j = C_{j−1} − ΔC_j)
    public static double[,] UpdateWithoutAlpha(double[,] x, int[] labels, double[,] centers, double alpha) =>
        CenterLoss.CenterUpdate(x, labels, centers, 1);

    // L_c = Σ_i ‖x_i − c_{y_i}‖²: the ½ left out (it is there so that the gradient is x_i − c_{y_i})
    public static double ValueWithoutHalf(double[,] x, int[] labels, double[,] centers) =>
        2 * CenterLoss.CenterLossValue(x, labels, centers);

    // c_j ← c_j − α Δc_j with seed 001's Δc_j over ε + count: the update made from DeltaWithEpsilonDenominator
    public static double[,] UpdateWithEpsilonDenominator(double[,] x, int[] labels, double[,] centers, double alpha)
    {
        var correct = CenterLoss.CenterUpdate(x, labels, centers, alpha); // same validation as the correct answer
        var delta = DeltaWithEpsilonDenominator(x, labels, centers);
        for (int j = 0; j < correct.GetLength(0); j++)
            for (int f = 0; f < correct.GetLength(1); f++)
                correct[j, f] = centers[j, f] - alpha * delta[j, f];
        return correct;
    }
}
