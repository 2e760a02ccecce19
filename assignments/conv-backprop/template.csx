// Convolution and its gradients: fill in every function, keep the signatures.
// Arrays: x is C×H×W, w is O×C×k×k, b has length O, dy is O×H_out×W_out.

double[] Conv1D(double[] x, double[] w) => throw new NotImplementedException();

double[] Conv1DWeightGradient(double[] x, double[] dz) => throw new NotImplementedException();

double[,,] Conv2D(double[,,] x, double[,,,] w, double[] b, int stride, int padding) => throw new NotImplementedException();

double[,,,] Conv2DWeightGradient(double[,,] x, double[,,,] w, double[,,] dy, int stride, int padding) => throw new NotImplementedException();

double[,,] Conv2DInputGradient(double[,,] x, double[,,,] w, double[,,] dy, int stride, int padding) => throw new NotImplementedException();

double[] Conv2DBiasGradient(double[,,] dy) => throw new NotImplementedException();

double[,,] MaxPool(double[,,] x, int size, int stride) => throw new NotImplementedException();

double[,,] MaxPoolBackward(double[,,] x, double[,,] dy, int size, int stride) => throw new NotImplementedException();

double[,,] AvgPoolBackward(double[,,] x, double[,,] dy, int size, int stride) => throw new NotImplementedException();
