// A known mistake: only the functions it gets wrong; every other function is the solution's.
// The message a student sees when their answer equals this one is in assignment.json.

// Σ_i (p_i − t_i)²: the 1/n of the mean forgotten.
double MeanSquaredError(double[] prediction, double[] target) =>
    prediction.Select((p, i) => (p - target[i]) * (p - target[i])).Sum();
