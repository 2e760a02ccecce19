double MeanSquaredError(double[] prediction, double[] target)
{
    double total = 0;
    for (int i = 0; i < prediction.Length; i++) total += Math.Pow(prediction[i] - target[i], 2);
    return total;
}
