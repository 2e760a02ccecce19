// The batch summed instead of averaged, in the loss and so in its gradient: N times the data term.

double SoftmaxRegressionLoss(double[,] w, double[,] x, int[] y, double lambda)
{
    CheckShapes(w, x, y, lambda);
    double sum = 0;
    for (int i = 0; i < x.GetLength(0); i++) sum += CrossEntropy(Logits(w, x, i), y[i]);
    return sum + Penalty(w, lambda);
}

double[,] SoftmaxRegressionGradient(double[,] w, double[,] x, int[] y, double lambda)
{
    CheckShapes(w, x, y, lambda);
    return Sum(Scaled(DataGradient(w, x, y), x.GetLength(0)), PenaltyGradient(w, lambda));
}
