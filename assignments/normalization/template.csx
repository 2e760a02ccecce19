// Batch normalisation, dropout and center loss: fill in every function, keep the signatures.
// A batch x is N samples × D features (double[N, D]); gamma, beta and every statistic have length D.
// A dropout mask has the shape of what it drops: mask[i, j] = true keeps the unit (probability p).
// Center loss: x is N × D features, labels[i] in [0, K) is the class of sample i, centers is K × D.

// Batch normalisation (training uses the batch statistics with the biased variance, divided by N).
double[] BatchMean(double[,] x) => throw new NotImplementedException();
double[] BatchVariance(double[,] x) => throw new NotImplementedException();
double[,] BatchNormForward(double[,] x, double[] gamma, double[] beta, double eps) => throw new NotImplementedException();
double[] RunningAverage(double[] running, double[] batch, double momentum) => throw new NotImplementedException();
double[,] BatchNormInference(double[,] x, double[] gamma, double[] beta, double[] runningMean, double[] runningVariance, double eps) => throw new NotImplementedException();
double[,] BatchNormInputGradient(double[,] x, double[] gamma, double[,] dy, double eps) => throw new NotImplementedException();
double[] BatchNormGammaGradient(double[,] x, double[,] dy, double eps) => throw new NotImplementedException();
double[] BatchNormBetaGradient(double[,] dy) => throw new NotImplementedException();

// Inverted dropout with keep probability p.
double[,] InvertedDropoutForward(double[,] x, bool[,] mask, double keepProbability) => throw new NotImplementedException();
double[,] InvertedDropoutBackward(double[,] dy, bool[,] mask, double keepProbability) => throw new NotImplementedException();

// Dropout on linear regression: P = D ⊙ X with D_ij ~ Bernoulli(p), X is N × d, y has length N, w length d.
double[,] ExpectedDroppedInput(double[,] x, double p) => throw new NotImplementedException();
double[,] ExpectedDroppedGram(double[,] x, double p) => throw new NotImplementedException();
double DroppedSquaredError(double[,] x, double[] y, double[] w, bool[,] mask) => throw new NotImplementedException();
double ExpectedDroppedSquaredError(double[,] x, double[] y, double[] w, double p) => throw new NotImplementedException();

// Center loss.
double CenterLossValue(double[,] x, int[] labels, double[,] centers) => throw new NotImplementedException();
double[,] CenterLossGradient(double[,] x, int[] labels, double[,] centers) => throw new NotImplementedException();
double[,] CenterDelta(double[,] x, int[] labels, double[,] centers) => throw new NotImplementedException();
double[,] CenterUpdate(double[,] x, int[] labels, double[,] centers, double alpha) => throw new NotImplementedException();
