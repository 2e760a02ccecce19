namespace Grader.Reference.Mistakes;

/// <summary>
/// Students' typical wrong answers for dropout (docs/homework-sources.md#normalization), with the same signatures as
/// the correct functions in <see cref="Dropout"/>: a result that matches one of these names the mistake. With p = 1
/// (nothing dropped) every variant here coincides with the correct answer.
/// </summary>
public static class DropoutMistakes
{
    // y = mask ⊙ x: the 1/p rescale forgotten, so the expected activation shrinks to p·x
    public static double[,] ForwardWithoutRescale(double[,] x, bool[,] mask, double keepProbability) =>
        Scale(Dropout.InvertedDropoutForward(x, mask, keepProbability), keepProbability);

    // dL/dx = mask ⊙ dL/dy: the backward pass without the 1/p of the forward pass
    public static double[,] BackwardWithoutRescale(double[,] dy, bool[,] mask, double keepProbability) =>
        Scale(Dropout.InvertedDropoutBackward(dy, mask, keepProbability), keepProbability);

    // E[PᵀP] = p² XᵀX: D_ki D_kj treated as independent on the diagonal too (E[D²] = p², not p)
    public static double[,] GramWithoutDiagonalCorrection(double[,] x, double p)
    {
        Dropout.CheckProbability(p);
        var gram = Dropout.Gram(x);
        return Scale(gram, p * p);
    }

    // E[PᵀP] = p² XᵀX + p(1 − p) XᵀX = p XᵀX: the correction E[D²] = p applied off the diagonal too, where
    // the two masks are independent
    public static double[,] GramWithPenaltyEverywhere(double[,] x, double p)
    {
        Dropout.CheckProbability(p);
        return Scale(Dropout.Gram(x), p);
    }

    // E‖y − (D⊙X)w‖² = ‖y − pXw‖²: the dropout penalty p(1 − p)‖Γw‖² left out
    public static double SquaredErrorWithoutPenalty(double[,] x, double[] y, double[] w, double p)
    {
        Dropout.CheckProbability(p);
        Dropout.CheckRegression(x, y, w);
        return Dropout.SquaredError(x, y, w, p);
    }

    // E‖y − (D⊙X)w‖² = ‖y − pXw‖² − p(1 − p)‖Γw‖²:
    // the (p² − p) of the derivation kept with its sign (seed 001 Q1b)
    public static double SquaredErrorWithPenaltySignFlipped(double[,] x, double[] y, double[] w, double p)
    {
        double withoutPenalty = SquaredErrorWithoutPenalty(x, y, w, p);
        return withoutPenalty - (Dropout.ExpectedDroppedSquaredError(x, y, w, p) - withoutPenalty);
    }

    static double[,] Scale(double[,] values, double factor)
    {
        var scaled = new double[values.GetLength(0), values.GetLength(1)];
        for (int i = 0; i < values.GetLength(0); i++)
            for (int j = 0; j < values.GetLength(1); j++)
                scaled[i, j] = factor * values[i, j];
        return scaled;
    }
}
