// Fill in both functions;   keep the signatures.


double[] Conv1D(double[] x, double[] w) =>
    throw new NotImplementedException();

double[] Conv1DWeightGradient(double[] x, double[] dz) => throw new NotImplementedException();   

