using Grader.Cnn.Model;

namespace Grader.Cnn.Tests.Model;

public class CnnWeightsTests
{
    [Test]
    public void Parameter_counts_are_the_homeworks()
    {
        Assert.That((CnnWeights.Conv1B - CnnWeights.Conv1W + 8, CnnWeights.DenseW - CnnWeights.Conv2W,
            CnnWeights.Alpha1 - CnnWeights.DenseW), Is.EqualTo((400, 1_608, 25_930)));
        Assert.That((CnnWeights.LeakyCount, CnnWeights.PReluCount), Is.EqualTo((27_938, 34_402)));
        Assert.That(CnnShape.ForwardMacs, Is.EqualTo(734_048));
    }

    [Test]
    public void Initialisation_is_seeded_Glorot_with_zero_biases_and_slopes()
    {
        var w = CnnWeights.Initial(Activation.PRelu, 5);
        Assert.That(CnnWeights.Initial(Activation.PRelu, 5).Data, Is.EqualTo(w.Data));
        Assert.That(CnnWeights.Initial(Activation.PRelu, 6).Data, Is.Not.EqualTo(w.Data));
        Assert.That(w.Conv1Weight.ToArray(), Has.All.InRange(-Math.Sqrt(6.0 / 441), Math.Sqrt(6.0 / 441)));
        Assert.That(w.DenseWeight.ToArray().Max(), Is.GreaterThan(0.04).And.LessThan(Math.Sqrt(6.0 / 2602)));
        Assert.That(w.Conv1Bias.ToArray().Concat(w.Conv2Bias.ToArray()).Concat(w.DenseBias.ToArray())
            .Concat(w.Alphas1.ToArray()).Concat(w.Alphas2.ToArray()), Is.All.Zero);
    }

    [Test]
    public void Leaky_weights_have_no_slopes_and_the_length_must_fit() {
        Assert.That(CnnWeights.Initial(Activation.Leaky(0.5f), 1).Alphas1.IsEmpty, Is.True);
        Assert.That(() => new CnnWeights(Activation.PRelu, new float[CnnWeights.LeakyCount]), Throws.ArgumentException);
    }
}
