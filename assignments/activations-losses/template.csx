// Activations, losses and initialisation: fill in every function, keep the signatures.
// Vectors (double[]) hold one value per output unit or sample; a target t or y has the same length as the output.

// Activations and their derivatives (scalar in, scalar out). Kinks: ReLU'(0) = 0, LeakyReLU'(0) = α.
double Sigmoid(double x) => throw new NotImplementedException();
double SigmoidDerivative(double x) => throw new NotImplementedException();
double Tanh(double x) => throw new NotImplementedException();
double TanhDerivative(double x) => throw new NotImplementedException();
double Relu(double x) => throw new NotImplementedException();
double ReluDerivative(double x) => throw new NotImplementedException();
double LeakyRelu(double x, double alpha) => throw new NotImplementedException();
double LeakyReluDerivative(double x, double alpha) => throw new NotImplementedException();
double PreluAlphaGradient(double[] x, double[] dy) => throw new NotImplementedException();
double Softplus(double x) => throw new NotImplementedException();
double SoftplusDerivative(double x) => throw new NotImplementedException();
double Swish(double x) => throw new NotImplementedException();
double SwishDerivative(double x) => throw new NotImplementedException();
double SwishBeta(double x, double beta) => throw new NotImplementedException();
double SwishBetaDerivative(double x, double beta) => throw new NotImplementedException();
double Mish(double x) => throw new NotImplementedException();
double MishDerivative(double x) => throw new NotImplementedException();

// Losses and their gradients with respect to the output (or the logits z for softmax cross-entropy).
double MeanSquaredError(double[] output, double[] target) => throw new NotImplementedException();
double[] MeanSquaredErrorGradient(double[] output, double[] target) => throw new NotImplementedException();
double BinaryCrossEntropy(double[] a, double[] y) => throw new NotImplementedException();
double[] BinaryCrossEntropyGradient(double[] a, double[] y) => throw new NotImplementedException();
double[] Softmax(double[] z) => throw new NotImplementedException();
double SoftmaxCrossEntropy(double[] logits, double[] target) => throw new NotImplementedException();
double[] SoftmaxCrossEntropyGradient(double[] logits, double[] target) => throw new NotImplementedException();

// The learning-slowdown pair: one sigmoid neuron a = σ(z), target y, dC/dz for each cost.
double QuadraticCostDelta(double z, double y) => throw new NotImplementedException();
double CrossEntropyCostDelta(double z, double y) => throw new NotImplementedException();

// Initialisation.
double XavierUniformBound(int fanIn, int fanOut) => throw new NotImplementedException();
double HeNormalVariance(int fanIn) => throw new NotImplementedException();
double HeNormalStandardDeviation(int fanIn) => throw new NotImplementedException();
