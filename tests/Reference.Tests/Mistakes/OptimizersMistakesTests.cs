using Grader.Reference.Mistakes;

namespace Grader.Reference.Tests.Mistakes;

public class OptimizersMistakesTests
{
    const double Beta1 = 0.9, Beta2 = 0.999, Eps = 1e-8;

    [Test]
    public void AdamWithoutBiasCorrectionTakesAFirstStepOfEtaTimesOneMinusBeta1OverRootOneMinusBeta2()
    {
        var (w, _, _) = OptimizersMistakes.AdamWithoutBiasCorrection([0], [2], [0], [0], 1, 0.01, Beta1, Beta2, Eps);
        Assert.That(w[0], Is.EqualTo(-0.01 * 0.1 / Math.Sqrt(0.001)).Within(1e-8));
        Assert.That(Optimizers.AdamStep([0], [2], [0], [0], 1, 0.01, Beta1, Beta2, Eps).w[0],
            Is.Not.EqualTo(w[0]).Within(1e-3));
    }

    [Test]
    public void AdamWithoutBiasCorrectionAgreesWithAdamOnceTheCorrectionHasDecayed()
    {
        // 1 − β^t → 1 for large t, which is why the mistake only shows in the first steps.
        var right = Optimizers.AdamStep([0], [1], [0.5], [0.2], 100_000, 0.01, Beta1, Beta2, Eps);
        var wrong =
            OptimizersMistakes.AdamWithoutBiasCorrection([0], [1], [0.5], [0.2], 100_000, 0.01, Beta1, Beta2, Eps);
        Assert.That(wrong.w, Is.EqualTo(right.w).Within(1e-12));
    }

    [Test]
    public void RmspropWithoutSquareRootDividesByTheMeanSquare()
    {
        var (w, s) = OptimizersMistakes.RmspropWithoutSquareRoot([1], [2], [0], 0.01, 0.9, Eps);
        Assert.That(s[0], Is.EqualTo(0.4).Within(1e-12));
        Assert.That(w[0], Is.EqualTo(1 - 0.01 * 2 / (0.4 + Eps)).Within(1e-12));
    }

    [Test]
    public void CentralizationMistakesCentreTheWrongAxisOrEverything()
    {
        var g = new double[,] { { 1, 2, 3 }, { 5, 6, 7 } };
        Assert.That(OptimizersMistakes.GradientCentralizationOverColumns(g),
            Is.EqualTo(new double[,] { { -2, -2, -2 }, { 2, 2, 2 } }).Within(1e-12));
        Assert.That(OptimizersMistakes.GradientCentralizationOverWholeMatrix(g),
            Is.EqualTo(new double[,] { { -3, -2, -1 }, { 1, 2, 3 } }).Within(1e-12));
    }

    [Test]
    public void AdamGcOverColumnsUsesTheColumnCentredGradient()
    {
        var g = new double[,] { { 1, 2, 3 }, { 5, 6, 7 } }; // columns centred: [[−2, −2, −2], [2, 2, 2]]
        var (w, _, _) = OptimizersMistakes.AdamGcOverColumns(
            new double[2, 3], g, new double[2, 3], new double[2, 3], 1, 0.01, Beta1, Beta2, Eps);
        Assert.That(w, Is.EqualTo(new double[,] { { 0.01, 0.01, 0.01 }, { -0.01, -0.01, -0.01 } }).Within(1e-8));
        var (right, _, _) =
            Optimizers.AdamGcStep(new double[2, 3], g, new double[2, 3], new double[2, 3], 1, 0.01, Beta1, Beta2, Eps);
        Assert.That(right, Is.EqualTo(new double[,] { { 0.01, 0, -0.01 }, { 0.01, 0, -0.01 } }).Within(1e-6));
    }

    [Test]
    public void FlippedVelocityAddsTheHandedInVelocityWithTheWrongSign()
    {
        // right: v = 0.9·0.5 − 0.1·2 = 0.25, w = 1.25;  flipped: v = 0.9·0.5 + 0.1·2 = 0.65, w = 1 − 0.65
        var (w, v) = OptimizersMistakes.MomentumWithFlippedVelocity([1], [2], [0.5], 0.1, 0.9);
        Assert.That((w[0], v[0]), Is.EqualTo((0.35, 0.65)).Within(1e-12));
        Assert.That(Optimizers.MomentumStep([1], [2], [0.5], 0.1, 0.9).w[0], Is.EqualTo(1.25).Within(1e-12));
    }

    [Test]
    public void PyTorchConventionKeepsTheVelocityWithoutTheLearningRate()
    {
        // v = 0.9·0.5 + 2 = 2.45, w = 1 − 0.1·2.45
        var (w, v) = OptimizersMistakes.MomentumPyTorchConvention([1], [2], [0.5], 0.1, 0.9);
        Assert.That((w[0], v[0]), Is.EqualTo((0.755, 2.45)).Within(1e-12));
    }

    [Test]
    public void AdamGcWithoutBiasCorrectionTakesAFirstStepAboutThreeTimesTooLarge()
    {
        var g = new double[,] { { 1, 2, 3 } }; // centred: [−1, 0, 1]
        var (w, _, _) = OptimizersMistakes.AdamGcWithoutBiasCorrection(
            new double[1, 3], g, new double[1, 3], new double[1, 3], 1, 0.01, Beta1, Beta2, Eps);
        Assert.That(w[0, 0], Is.EqualTo(0.01 * 0.1 / Math.Sqrt(0.001 + Eps)).Within(1e-9));
        var (right, _, _) =
            Optimizers.AdamGcStep(new double[1, 3], g, new double[1, 3], new double[1, 3], 1, 0.01, Beta1, Beta2, Eps);
        Assert.That(right[0, 0], Is.EqualTo(0.01).Within(1e-6));
    }

    [Test]
    public void SgdAscentStepsUphill()
    {
        Assert.That(OptimizersMistakes.SgdAscent([1, -0.5], [3, 0], 0.1),
            Is.EqualTo(new[] { 1.3, -0.5 }).Within(1e-12));
        Assert.That(Optimizers.SgdStep([1, -0.5], [3, 0], 0.1), Is.EqualTo(new[] { 0.7, -0.5 }).Within(1e-12));
    }

    [Test]
    public void AdamWithoutBiasCorrectionFirstStepIsAboutThreeTimesTooLarge()
    {
        // The message's claim: from m = v = 0 the first step is η(1 − β1)/√(1 − β2) ≈ 3.2η instead of η.
        var wrong = OptimizersMistakes.AdamWithoutBiasCorrection([0], [0.7], [0], [0], 1, 0.01, 0.9, 0.999, 1e-8).w[0];
        var right = Optimizers.AdamStep([0], [0.7], [0], [0], 1, 0.01, 0.9, 0.999, 1e-8).w[0];
        Assert.That(wrong / right, Is.EqualTo(0.1 / Math.Sqrt(0.001)).Within(1e-5).And.InRange(3.1, 3.2));
    }

    [Test]
    public void WhereEpsilonGoesMattersOnlyWhenItIsLargeNextToTheRoot()
    {
        // The messages' numbers: s = 1e−4, ε = 0.01 gives √(s + ε) ≈ 0.100 and √s + ε = 0.02.
        Assert.That(Math.Sqrt(1e-4 + 0.01), Is.EqualTo(0.100).Within(0.001));
        Assert.That(Math.Sqrt(1e-4) + 0.01, Is.EqualTo(0.02).Within(1e-12));
        var (inside, _) = OptimizersMistakes.RmspropWithEpsilonInsideRoot([0], [0.01], [0], 1, 0, 0.01);
        Assert.That(inside[0], Is.EqualTo(-0.01 / Math.Sqrt(1e-4 + 0.01)).Within(1e-12));
        Assert.That(Optimizers.RmspropStep([0], [0.01], [0], 1, 0, 0.01).w[0], Is.EqualTo(-0.5).Within(1e-12));
        Assert.That(OptimizersMistakes.RmspropWithEpsilonInsideRoot([0], [2], [0], 1, 0, 1e-8).w[0],
            Is.EqualTo(Optimizers.RmspropStep([0], [2], [0], 1, 0, 1e-8).w[0]).Within(1e-8));
        Assert.That(OptimizersMistakes.AdamWithEpsilonInsideRoot([0], [0.01], [0], [0], 1, 1, 0.9, 0.999, 0.01).w[0],
            Is.EqualTo(-1 / Math.Sqrt(1e-4 + 0.01) * 0.01).Within(1e-12));
        var g = new double[,] { { 0.01, 0.03 } }; // centred: [−0.01, 0.01]
        var outside = OptimizersMistakes.AdamGcWithEpsilonOutsideRoot(new double[1, 2], g, new double[1, 2],
            new double[1, 2], 1, 1, 0.9, 0.999, 0.01).w;
        Assert.That(outside[0, 0], Is.EqualTo(0.01 / 0.02).Within(1e-12));
        Assert.That(Optimizers.AdamGcStep(new double[1, 2], g, new double[1, 2], new double[1, 2], 1, 1, 0.9, 0.999,
            0.01).w[0, 0],
            Is.EqualTo(0.01 / Math.Sqrt(1e-4 + 0.01)).Within(1e-12));
    }

    [Test]
    public void GcSubtractingSumAgreesOnlyForOneInput()
    {
        double[,] g = { { 1, 2, 3 } };
        Assert.That(OptimizersMistakes.GradientCentralizationSubtractingSum(g),
            Is.EqualTo(new double[,] { { -5, -4, -3 } }));
        Assert.That(Optimizers.GradientCentralization(g), Is.EqualTo(new double[,] { { -1, 0, 1 } }));
        double[,] w = { { 0, 0, 0 } }, zero = { { 0, 0, 0 } };
        Assert.That(OptimizersMistakes.AdamGcSubtractingSum(w, g, zero, zero, 1, 0.01, 0.9, 0.999, 1e-8).w,
            Is.Not.EqualTo(Optimizers.AdamGcStep(w, g, zero, zero, 1, 0.01, 0.9, 0.999, 1e-8).w));
    }

    [Test]
    public void AdamReturningCorrectedMomentsStepsRightButHandsBackMHat()
    {
        double[] w = [0.5], g = [2], zero = [0];
        var right = Optimizers.AdamStep(w, g, zero, zero, 1, 0.01, 0.9, 0.999, 1e-8);
        var wrong = OptimizersMistakes.AdamReturningCorrectedMoments(w, g, zero, zero, 1, 0.01, 0.9, 0.999, 1e-8);
        Assert.That(wrong.w, Is.EqualTo(right.w));
        Assert.That(wrong.m[0], Is.EqualTo(2).Within(1e-12), "m̂ = 0.2 / 0.1");
        Assert.That(right.m[0], Is.EqualTo(0.2).Within(1e-12));
    }

    [Test]
    public void AdamCountingFromZeroTakesAFirstStepOfAboutThreeQuartersOfEta()
    {
        // m̂ = 0.2 / (1 − 0.9²), v̂ = 0.004 / (1 − 0.999²): ≈ 0.744η where the right first step is ≈ η
        var wrong = OptimizersMistakes.AdamStepCountFromZero([0], [2], [0], [0], 1, 0.01, Beta1, Beta2, Eps);
        var right = Optimizers.AdamStep([0], [2], [0], [0], 1, 0.01, Beta1, Beta2, Eps);
        Assert.That(wrong.w[0], Is.EqualTo(-0.01 * (0.2 / 0.19) / Math.Sqrt(0.004 / 0.001999)).Within(1e-9));
        Assert.That(right.w[0], Is.EqualTo(-0.01).Within(1e-8));
        Assert.That((wrong.m, wrong.v), Is.EqualTo((right.m, right.v)), "the moments do not depend on t");
    }

    [Test]
    public void AdamCountingFromZeroAgreesWithAdamOnceTheCorrectionHasDecayed()
    {
        var right = Optimizers.AdamStep([0], [1], [0.5], [0.2], 100_000, 0.01, Beta1, Beta2, Eps);
        var wrong = OptimizersMistakes.AdamStepCountFromZero([0], [1], [0.5], [0.2], 100_000, 0.01, Beta1, Beta2, Eps);
        Assert.That(wrong.w, Is.EqualTo(right.w).Within(1e-12));
    }

    [Test]
    public void AdamGcCountingFromZeroIsTheStepOfTheNextT()
    {
        var g = new double[,] { { 1, 2, 3 } };
        var m = new double[,] { { 0.1, 0, -0.1 } };
        var v = new double[,] { { 0.01, 0.02, 0.01 } };
        var w = new double[1, 3];
        var wrong = OptimizersMistakes.AdamGcStepCountFromZero(w, g, m, v, 2, 0.01, Beta1, Beta2, Eps);
        Assert.That(wrong.w, Is.EqualTo(Optimizers.AdamGcStep(w, g, m, v, 3, 0.01, Beta1, Beta2, Eps).w));
        Assert.That(wrong.w, Is.Not.EqualTo(Optimizers.AdamGcStep(w, g, m, v, 2, 0.01, Beta1, Beta2, Eps).w).Within(1e-5));
        Assert.That(wrong.w[0, 1], Is.Zero, "the middle weight's centred gradient and m are 0");
    }

    [Test]
    public void AdamCountingFromZeroRejectsAStepCountBelowOneLikeTheReference() =>
        Assert.Throws<ArgumentException>(() =>
            OptimizersMistakes.AdamStepCountFromZero([0], [1], [0], [0], 0, 0.01, Beta1, Beta2, Eps));
}
