double MeanSquaredError(double[] prediction, double[] target) =>
    prediction.Select((p, i) => (p - target[i]) * (p - target[i])).Average();
