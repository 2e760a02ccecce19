// Architecture arithmetic: fill in every function, keep the signatures.
// Sizes are H (height), W (width), C (channels); k kernel, s stride, p padding; counts are long (they pass 2³¹).
// Layer kinds: "conv", "pointwise", "depthwise", "separable", "maxpool", "avgpool" (see README.md).

int ConvOutputSize(int n, int k, int s, int p) => throw new NotImplementedException();

long StandardConvParameters(int cIn, int cOut, int k, bool bias) => throw new NotImplementedException();

long StandardConvMultiplications(int h, int w, int cIn, int cOut, int k, int s, int p) => throw new NotImplementedException();

long PointwiseConvParameters(int cIn, int cOut, bool bias) => throw new NotImplementedException();

long PointwiseConvMultiplications(int h, int w, int cIn, int cOut) => throw new NotImplementedException();

long DepthwiseConvParameters(int c, int k, bool bias) => throw new NotImplementedException();

long DepthwiseConvMultiplications(int h, int w, int c, int k, int s, int p) => throw new NotImplementedException();

long SeparableConvParameters(int cIn, int cOut, int k, bool bias) => throw new NotImplementedException();

long SeparableConvMultiplications(int h, int w, int cIn, int cOut, int k, int s, int p) => throw new NotImplementedException();

long PoolingOperations(int h, int w, int c, int k, int s, int p) => throw new NotImplementedException();

int[,] NetworkOutputShapes(int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels, int[] strides, int[] paddings) => throw new NotImplementedException();

long[] NetworkMultiplications(int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels, int[] strides, int[] paddings) => throw new NotImplementedException();

long TotalMultiplications(int h, int w, int c, string[] kinds, int[] outChannels, int[] kernels, int[] strides, int[] paddings) => throw new NotImplementedException();

long[] NetworkParameters(int c, string[] kinds, int[] outChannels, int[] kernels, bool bias) => throw new NotImplementedException();

long TotalParameters(int c, string[] kinds, int[] outChannels, int[] kernels, bool bias) => throw new NotImplementedException();

double MultiplicationRatio(int n, int c, int[] widths, int k, int s, int p) => throw new NotImplementedException();

double ParameterRatio(int c, int[] widths, int k) => throw new NotImplementedException();

double SeparableCostRatio(int n, int dk) => throw new NotImplementedException();

double MobileNetCost(int dk, int m, int n, int df, double alpha, double rho) => throw new NotImplementedException();

int ReceptiveFieldSize(int[] kernels, int[] strides) => throw new NotImplementedException();

int[] ReceptiveFieldPerLayer(int[] kernels, int[] strides, int[] dilations) => throw new NotImplementedException();
