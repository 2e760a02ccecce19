// `lock` leaves no banned name in the source: the compiler writes the Monitor calls. Only the guard's check of the
// emitted code sees them, without a line; the refusal is still flagged (Report/RefusalTests).
object gate = new object();

double[] Conv1D(double[] x, double[] w)
{
    lock (gate) { return x; }
}
