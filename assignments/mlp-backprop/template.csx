// Backpropagation in a multi-layer perceptron: fill in every function, keep the signatures.
// W is out×in: W[j, i] connects input i to unit j, so y = W x + b. Layer l has weights[l], biases[l], activations[l].

double[] Dense(double[] x, double[,] w, double[] b) => throw new NotImplementedException();

double[,] DenseWeightGradient(double[] x, double[] dy) => throw new NotImplementedException();

double[] DenseInputGradient(double[,] w, double[] dy) => throw new NotImplementedException();

double[] DenseBiasGradient(double[] dy) => throw new NotImplementedException();

double[] Forward(double[] x, double[][,] weights, double[][] biases, string[] activations) => throw new NotImplementedException();

double[][] PreActivations(double[] x, double[][,] weights, double[][] biases, string[] activations) => throw new NotImplementedException();

double[][] LayerOutputs(double[] x, double[][,] weights, double[][] biases, string[] activations) => throw new NotImplementedException();

double Loss(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss) => throw new NotImplementedException();

double[][,] WeightGradients(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss) => throw new NotImplementedException();

double[][] BiasGradients(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss) => throw new NotImplementedException();

double[][,] SgdWeights(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss, double learningRate, int steps) => throw new NotImplementedException();

double[][] SgdBiases(double[] x, double[][,] weights, double[][] biases, string[] activations, double[] target, string loss, double learningRate, int steps) => throw new NotImplementedException();
