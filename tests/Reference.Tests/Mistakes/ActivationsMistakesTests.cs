using Grader.Reference.Mistakes;

namespace Grader.Reference.Tests.Mistakes;

public class ActivationsMistakesTests
{
    [Test]
    public void ReluDerivativeOneAtTheKink()
    {
        Assert.That(ActivationsMistakes.ReluDerivativeOneAtZero(0),
            Is.EqualTo(1).And.Not.EqualTo(Activations.ReluDerivative(0)));
        Assert.That(ActivationsMistakes.ReluDerivativeOneAtZero(-2), Is.EqualTo(Activations.ReluDerivative(-2)));
    }

    [Test]
    public void OutputFormulasAppliedToTheInput()
    {
        Assert.That(ActivationsMistakes.SigmoidDerivativeOfInput(2),
            Is.EqualTo(-2).And.Not.EqualTo(Activations.SigmoidDerivative(2)));
        Assert.That(ActivationsMistakes.TanhDerivativeOfInput(2),
            Is.EqualTo(-3).And.Not.EqualTo(Activations.TanhDerivative(2)));
    }

    [Test]
    public void LeakyReluWithoutAlpha() =>
        Assert.That(ActivationsMistakes.LeakyReluDerivativeWithoutAlpha(-1, 0.2),
            Is.EqualTo(0).And.Not.EqualTo(Activations.LeakyReluDerivative(-1, 0.2)));

    [Test]
    public void SwishBetaWithoutBetaIsRightOnlyForBetaOne()
    {
        Assert.That(ActivationsMistakes.SwishBetaDerivativeWithoutBeta(1.3, 1),
            Is.EqualTo(Activations.SwishBetaDerivative(1.3, 1)).Within(1e-12));
        Assert.That(ActivationsMistakes.SwishBetaDerivativeWithoutBeta(1.3, 2),
            Is.Not.EqualTo(Activations.SwishBetaDerivative(1.3, 2)).Within(1e-3));
    }

    [Test]
    public void MishOverXFormIsRightExceptAtZero()
    {
        Assert.That(ActivationsMistakes.MishDerivativeViaMishOverX(0.7),
            Is.EqualTo(Activations.MishDerivative(0.7)).Within(1e-12));
        Assert.That(ActivationsMistakes.MishDerivativeViaMishOverX(0), Is.NaN);
    }

    [Test]
    public void PreluAlphaGradientOverAllInputsCountsThePositiveOnes()
    {
        double[] x = [-2, 3], dy = [0.5, 1];
        Assert.That(Activations.PreluAlphaGradient(x, dy), Is.EqualTo(-1));
        Assert.That(ActivationsMistakes.PreluAlphaGradientOverAllInputs(x, dy), Is.EqualTo(2));
    }

    [Test]
    public void PreluAlphaGradientWithMaxCountsOnlyThePositiveOnes()
    {
        double[] x = [-2, 3], dy = [0.5, 1];
        Assert.That(ActivationsMistakes.PreluAlphaGradientWithMax(x, dy), Is.EqualTo(3));
        Assert.That(ActivationsMistakes.PreluAlphaGradientWithMax(x, dy),
            Is.Not.EqualTo(ActivationsMistakes.PreluAlphaGradientOverAllInputs(x, dy)));
    }

    [Test]
    public void NaiveFormsOverflowOnlyForLargeInputs()
    {
        Assert.That(ActivationsMistakes.SoftplusNaive(3), Is.EqualTo(Activations.Softplus(3)).Within(1e-12));
        Assert.That(ActivationsMistakes.SoftplusNaive(800), Is.EqualTo(double.PositiveInfinity));
        Assert.That(Activations.Softplus(800), Is.EqualTo(800));
        Assert.That(ActivationsMistakes.TanhFromExponentials(0.5), Is.EqualTo(Activations.Tanh(0.5)).Within(1e-12));
        Assert.That(ActivationsMistakes.TanhFromExponentials(-800), Is.NaN);
        Assert.That(Activations.Tanh(-800), Is.EqualTo(-1));
    }

    [Test]
    public void NaiveDerivativesAreNaNOnlyWhereAnExponentialOverflows()
    {
        Assert.That(ActivationsMistakes.SigmoidDerivativeFromExponentials(2),
            Is.EqualTo(Activations.SigmoidDerivative(2)).Within(1e-12));
        Assert.That(ActivationsMistakes.SigmoidDerivativeFromExponentials(-800), Is.NaN);
        Assert.That(Activations.SigmoidDerivative(-800), Is.Zero);
        Assert.That(ActivationsMistakes.SoftplusDerivativeFromExponentials(-1),
            Is.EqualTo(Activations.SoftplusDerivative(-1)).Within(1e-12));
        Assert.That(ActivationsMistakes.SoftplusDerivativeFromExponentials(800), Is.NaN);
        Assert.That(Activations.SoftplusDerivative(800), Is.EqualTo(1));
        Assert.That(ActivationsMistakes.MishDerivativeClosedFormEverywhere(1),
            Is.EqualTo(Activations.MishDerivative(1)).Within(1e-12));
        Assert.That(ActivationsMistakes.MishDerivativeClosedFormEverywhere(250), Is.NaN);
        Assert.That(Activations.MishDerivative(250), Is.EqualTo(1));
    }
}
