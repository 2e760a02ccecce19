// The answer key, written as a student would: `grader cases` runs it to compute every case's expected answer.
// Throw ArgumentException for arguments that make no sense: a random draw the solution rejects is drawn again.

// MSE = (1/n) Σ_i (p_i − t_i)²
double MeanSquaredError(double[] prediction, double[] target)
{
    if (prediction.Length == 0 || prediction.Length != target.Length)
        throw new ArgumentException($"lengths {prediction.Length} and {target.Length}: equal and positive, please");
    double sum = 0;
    for (int i = 0; i < prediction.Length; i++) sum += (prediction[i] - target[i]) * (prediction[i] - target[i]);
    return sum / prediction.Length;
}
