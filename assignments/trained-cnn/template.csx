// A trained CNN on MNIST and its inverse: fill in every function, keep the signatures.
// Hand in a folder: this script as solution.csx, plus weights-relu.f32 and weights-prelu.f32 (see README.md).
// weights: the flat layout of reference/FORMAT.md (27,938 values; 34,402 for PReLU, whose slopes replace alpha).
// image: 784 pixels, row-major 28×28, values in [0, 1]. Flatten is channel-major: index c·324 + y·18 + x.

// [side after conv 1, side after conv 2, flatten length] for a size×size×1 input, valid convolutions with stride 1.
int[] OutputSizes(int size, int filters, int k1, int k2) => throw new NotImplementedException();

// [conv 1, conv 2, dense] parameters, biases included.
long[] LayerParameters(int size, int filters, int k1, int k2, int classes) => throw new NotImplementedException();

// All parameters of the network; with PReLU, one learned slope per unit after each convolution.
long TotalParameters(int size, int filters, int k1, int k2, int classes, bool prelu) => throw new NotImplementedException();

// The 10 logits (before softmax) of one image.
double[] Logits(double[] weights, double[] image, double alpha) => throw new NotImplementedException();

// Your table: [train, test] accuracy and loss for "leaky-1", "leaky-0.5", "leaky0", "leaky0.5", "leaky1", "prelu".
double[] ReportedAccuracy(string activation) => throw new NotImplementedException();

double[] ReportedLoss(string activation) => throw new NotImplementedException();
