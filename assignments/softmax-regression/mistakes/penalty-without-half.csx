// The penalty taken as λ‖W‖² (no ½): the loss is (λ/2)‖W‖² too high and the gradient's penalty term is 2λW.
// Only the penalty and its gradient are redefined; the loss and the gradient are the solution's.

double Penalty(double[,] w, double lambda)
{
    double sum = 0;
    foreach (var v in w) sum += v * v;
    return lambda * sum;
}

double[,] PenaltyGradient(double[,] w, double lambda) => Scaled(w, 2 * lambda);
