// The reference, written as a student would write it: ∂MSE/∂o_i = (2/n)(o_i − t_i).
double[] MeanSquaredErrorGradient(double[] output, double[] target)
{
    if (output.Length == 0) throw new ArgumentException("the output is empty");
    if (output.Length != target.Length)
        throw new ArgumentException($"the output has {output.Length} values but the target has {target.Length}");
    return output.Select((o, i) => 2.0 / output.Length * (o - target[i])).ToArray();
}
