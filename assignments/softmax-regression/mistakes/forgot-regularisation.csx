// The gradient of the data term alone: the λW of the penalty left out (the loss keeps it).

double[,] SoftmaxRegressionGradient(double[,] w, double[,] x, int[] y, double lambda)
{
    CheckShapes(w, x, y, lambda);
    return DataGradient(w, x, y);
}
