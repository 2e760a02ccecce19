using Grader.Cnn.Data;
using Grader.Cnn.Fast;
using Grader.Cnn.Model;

namespace Grader.Cnn.Tests.Fast;

public class TrainerTests
{
    static MnistSet small = null!;
    static string dir = "";

    [OneTimeSetUp]
    public static void LoadFixture()
    {
        dir = IdxFixture.MnistFolder(48);
        small = Mnist.Load(dir).Train;
    }

    [OneTimeTearDown]
    public static void DeleteFixture() => Directory.Delete(dir, true);

    static float[] Train(Activation activation, int seed, int threads, int epochs = 1)
    {
        var trainer = new Trainer(CnnWeights.Initial(activation, seed), seed, threads: threads);
        for (int e = 0; e < epochs; e++) trainer.TrainEpoch(small);
        return trainer.Weights.Data;
    }

    [Test]
    public void The_same_seed_gives_the_same_weights_bit_for_bit_on_one_or_two_threads()
    {
        var twice = Train(Activation.PRelu, 4, threads: 2);
        Assert.That(Train(Activation.PRelu, 4, threads: 2), Is.EqualTo(twice));
        Assert.That(Train(Activation.PRelu, 4, threads: 1), Is.EqualTo(twice));
        Assert.That(Train(Activation.PRelu, 5, threads: 2), Is.Not.EqualTo(twice));
    }

    [Test]
    public void A_few_steps_learn_the_fixture()
    {
        var weights = CnnWeights.Initial(Activation.Leaky(0), 1);
        var before = Evaluator.Evaluate(weights, small);
        var trainer = new Trainer(weights, 1);
        for (int e = 0; e < 15; e++) trainer.TrainEpoch(small);
        var after = Evaluator.Evaluate(weights, small);
        Assert.That(after.Loss, Is.LessThan(before.Loss / 2));
        Assert.That(after.Accuracy, Is.GreaterThan(0.9));
    }

    [Test]
    public void One_step_moves_every_kind_of_parameter_by_about_the_learning_rate()
    {
        var weights = CnnWeights.Initial(Activation.PRelu, 2);
        var start = weights.Clone();
        new Trainer(weights, 2).Step(small, Enumerable.Range(0, 32).ToArray());
        // Adam's first step is lr · g / (|g| + ε) = ±1e-3 wherever the gradient is not tiny.
        var change = weights.Data.Zip(start.Data, (a, b) => Math.Abs(a - b)).ToArray();
        Assert.That(change.Max(), Is.EqualTo(1e-3).Within(1e-6));
        int[] blocks = [CnnWeights.Conv1W, CnnWeights.Conv2W, CnnWeights.DenseW, CnnWeights.Alpha1, CnnWeights.Alpha2];
        foreach (var offset in blocks)
            Assert.That(change[offset..].Take(300).Max(), Is.GreaterThan(9e-4), $"block at {offset}");
    }
}
