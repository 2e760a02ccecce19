// Softmax regression with L2 regularisation: fill in both functions, keep the signatures.
// w is K×D (row k scores class k), x is N×D (row n is the example x_n), y holds N labels in 0…K−1, lambda is λ ≥ 0.

double SoftmaxRegressionLoss(double[,] w, double[,] x, int[] y, double lambda) => throw new NotImplementedException();

double[,] SoftmaxRegressionGradient(double[,] w, double[,] x, int[] y, double lambda) => throw new NotImplementedException();
