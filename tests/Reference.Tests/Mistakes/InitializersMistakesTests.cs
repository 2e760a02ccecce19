using Grader.Reference.Mistakes;

namespace Grader.Reference.Tests.Mistakes;

public class InitializersMistakesTests
{
    [Test]
    public void HeStandardDeviationConfusedWithVariance() =>
        Assert.That(InitializersMistakes.HeNormalStandardDeviationEqualToVariance(200),
            Is.EqualTo(0.01).And.Not.EqualTo(Initializers.HeNormalStandardDeviation(200)));

    [Test]
    public void XavierBoundVariants()
    {
        double correct = Initializers.XavierUniformBound(100, 50);
        Assert.That(InitializersMistakes.XavierUniformBoundFanInOnly(100, 50),
            Is.EqualTo(Math.Sqrt(0.06)).Within(1e-15).And.Not.EqualTo(correct));
        Assert.That(InitializersMistakes.XavierUniformBoundFromVariance(100, 50),
            Is.EqualTo(correct / Math.Sqrt(3)).Within(1e-15));
    }

    [Test]
    public void HeVarianceWithoutTwoIsLeCuns() =>
        Assert.That(InitializersMistakes.HeNormalVarianceWithoutTwo(8),
            Is.EqualTo(0.125).And.Not.EqualTo(Initializers.HeNormalVariance(8)));
}
