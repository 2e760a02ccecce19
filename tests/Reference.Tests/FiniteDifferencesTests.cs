namespace Grader.Reference.Tests;

public class FiniteDifferencesTests
{
    [Test]
    public void GradientOfASumOfSquaresIsTwiceTheInput()
    {
        var x = new double[,] { { 1, -2 }, { 3, 0.5 } };
        var gradient = FiniteDifferences.Gradient(x, () => FiniteDifferences.Dot(x, x));
        Assert.That(gradient, Is.EqualTo(new[] { 2.0, -4, 6, 1 }).Within(1e-6));
        Assert.That(x[1, 0], Is.EqualTo(3), "the input is restored");
    }
}
