// Optimisers, gradient centralisation and the learning-rate study: fill in every function, keep the signatures.
// Vectors are a layer's weights flattened; matrices (GC, Adam with GC) are output units × inputs, like W in y = Wx.

double[] SgdStep(double[] w, double[] g, double learningRate) => throw new NotImplementedException();

(double[] w, double[] v) MomentumStep(double[] w, double[] g, double[] v, double learningRate, double momentum) => throw new NotImplementedException();

(double[] w, double[] s) RmspropStep(double[] w, double[] g, double[] s, double learningRate, double rho, double eps) => throw new NotImplementedException();

(double[] w, double[] m, double[] v) AdamStep(double[] w, double[] g, double[] m, double[] v, int t, double learningRate, double beta1, double beta2, double eps) => throw new NotImplementedException();

double[,] GradientCentralization(double[,] g) => throw new NotImplementedException();

(double[,] w, double[,] m, double[,] v) AdamGcStep(double[,] w, double[,] g, double[,] m, double[,] v, int t, double learningRate, double beta1, double beta2, double eps) => throw new NotImplementedException();

double[] LossCurve(double[,] x, double[] y, string optimizer, double learningRate, int steps) => throw new NotImplementedException();

bool[] DivergingRates(double[,] x, double[] y, string optimizer, double[] learningRates, int steps) => throw new NotImplementedException();

int[] StepsToReach(double[,] x, double[] y, string optimizer, double[] learningRates, int steps, double fraction) => throw new NotImplementedException();

int BestLearningRate(double[,] x, double[] y, string optimizer, double[] learningRates, int steps) => throw new NotImplementedException();
