// gradient in a second file, with an error on line 3
double[] Conv1DWeightGradient(double[] x, double[] dz)
{ return nope; }
