using Grader.Cnn.Model;

namespace Grader.Cnn.Tests;

public class CnnEvaluationTests
{
    [Test]
    public void Loads_weights_and_evaluates_the_test_set_of_a_folder()
    {
        using var mnist = TempFolder.Mnist(5);
        var path = Path.Combine(mnist.Dir, "w.f32");
        WeightsFile.Write(path, CnnWeights.Initial(Activation.Leaky(0.5f), 1));
        var weights = CnnEvaluation.LoadWeights(path, Activation.Leaky(0.5f));
        var (loss, accuracy) = CnnEvaluation.EvaluateTest(weights, mnist.Dir);
        Assert.That(loss, Is.GreaterThan(0));
        Assert.That(accuracy * 10, Is.EqualTo(Math.Round(accuracy * 10)).Within(1e-9)); // 10 images
        Assert.That(CnnEvaluation.Logits(weights, new double[784]), Has.Length.EqualTo(10));
    }

    [Test]
    public void The_committed_reference_weights_reach_their_recorded_test_accuracy()
    {
        var mnist = CnnCommandsTests.MnistDir;
        var weightsPath = Path.Combine(mnist, "..", "..", "assignments", "trained-cnn", "reference", "leaky0.f32");
        if (!Grader.Cnn.Data.Mnist.IsPresent(mnist) || !File.Exists(weightsPath))
            Assert.Ignore("MNIST or reference weights absent");
        var (_, accuracy) =
            CnnEvaluation.EvaluateTest(CnnEvaluation.LoadWeights(weightsPath, Activation.Leaky(0)), mnist);
        Assert.That(accuracy, Is.GreaterThanOrEqualTo(0.975));
    }
}
