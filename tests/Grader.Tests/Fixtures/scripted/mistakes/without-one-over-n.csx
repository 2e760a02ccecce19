// ∂MSE/∂o_i = 2(o_i − t_i): the gradient of the sum of squares. The length checks stay the solution's.
double[] MeanSquaredErrorGradient(double[] output, double[] target) =>
    Checked(output, target).Select((o, i) => 2.0 * (o - target[i])).ToArray();

double[] Checked(double[] output, double[] target)
{
    if (output.Length == 0 || output.Length != target.Length) throw new ArgumentException("lengths differ");
    return output;
}
