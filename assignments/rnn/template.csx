// A recurrent step and its outputs: fill in every function, keep the signatures.
// wx is H×I, wh is H×H, b has length H, wy is K×H, by has length K; xs is T×I (row t−1 is x_t), h0 has length H.

double[] RnnStep(double[,] wx, double[,] wh, double[] b, double[] x, double[] hPrevious) => throw new NotImplementedException();

double[,] RnnForward(double[,] wx, double[,] wh, double[] b, double[,] xs, double[] h0) => throw new NotImplementedException();

double[] Softmax(double[] z) => throw new NotImplementedException();

double[] RnnClassify(double[,] wx, double[,] wh, double[] b, double[,] wy, double[] by, double[,] xs, double[] h0) => throw new NotImplementedException();

double[,] RnnOutputPerStep(double[,] wx, double[,] wh, double[] b, double[,] wy, double[] by, double[,] xs, double[] h0) => throw new NotImplementedException();

int SoftmaxCalls(int sequenceLength, bool outputPerStep) => throw new NotImplementedException();
