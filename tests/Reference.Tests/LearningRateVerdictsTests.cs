namespace Grader.Reference.Tests;

public class LearningRateVerdictsTests
{
    static readonly double[] Rates = [0.001, 0.01, 0.1, 1];

    [Test]
    public void SgdDivergesOnlyAtOne()
    {
        var (x, y) = LearningRateStudyTests.StudyData();
        Assert.That(LearningRateVerdicts.DivergingRates(x, y, "sgd", Rates, 50),
            Is.EqualTo(new[] { false, false, false, true }));
    }

    [Test]
    public void TheSmallestRateIsTooSlowAndOneNeverGetsThere()
    {
        var (x, y) = LearningRateStudyTests.StudyData();
        var reached = LearningRateVerdicts.StepsToReach(x, y, "sgd", Rates, 50, 0.1);
        Assert.That(reached[0], Is.EqualTo(-1), "η = 0.001 is too slow");
        Assert.That(reached[3], Is.EqualTo(-1), "η = 1 diverges");
        Assert.That(reached[2], Is.GreaterThan(0).And.LessThan(reached[1] == -1 ? int.MaxValue : reached[1]));
        var curve = LearningRateStudy.LossCurve(x, y, "sgd", 0.1, 50);
        Assert.That(curve[reached[2]], Is.LessThanOrEqualTo(0.1 * curve[0]));
        Assert.That(curve[reached[2] - 1], Is.GreaterThan(0.1 * curve[0]));
    }

    [Test]
    public void TheBestRateHasTheLowestFinalLoss()
    {
        var (x, y) = LearningRateStudyTests.StudyData();
        Assert.That(LearningRateVerdicts.BestLearningRate(x, y, "sgd", Rates, 50), Is.EqualTo(2));
    }

    [Test]
    public void AmbiguousVerdictsAreRejected()
    {
        var (x, y) = LearningRateStudyTests.StudyData();
        Assert.Throws<ArgumentException>(() => LearningRateVerdicts.BestLearningRate(x, y, "sgd", [0.1, 0.1], 50));
        Assert.Throws<ArgumentException>(() => LearningRateVerdicts.DivergingRates(x, y, "sgd", [0.0], 5));
        Assert.Throws<ArgumentException>(() => LearningRateVerdicts.StepsToReach(x, y, "sgd", [0.1], 5, 0));
        Assert.Throws<ArgumentException>(() => LearningRateVerdicts.BestLearningRate(x, y, "sgd", [], 5));
    }

    [Test]
    public void AFractionOfOneOrMoreIsReachedAtStepZero()
    {
        var (x, y) = LearningRateStudyTests.StudyData();
        Assert.That(LearningRateVerdicts.StepsToReach(x, y, "sgd", Rates, 50, 1.5), Is.EqualTo(new[] { 0, 0, 0, 0 }));
    }
}
