using Grader.Cnn.Data;
using Grader.Cnn.Fast;
using Grader.Cnn.Model;

namespace Grader.Cnn.Tests.Fast;

public class EvaluatorTests
{
    [Test]
    public void Loss_and_accuracy_agree_with_the_float64_forward_pass()
    {
        using var mnist = TempFolder.Mnist(7);
        var test = Mnist.Load(mnist.Dir).Test;
        var weights = CnnWeights.Initial(Activation.Leaky(-0.5f), 8);
        double loss = 0;
        int correct = 0;
        var image = new float[784];
        for (int i = 0; i < test.Count; i++)
        {
            test.CopyImage(i, image);
            var x = image.Select(v => (double)v).ToArray();
            loss += Forward64.Loss(weights, x, test.Label(i));
            var logits = Forward64.Logits(weights, x);
            correct += Array.IndexOf(logits, logits.Max()) == test.Label(i) ? 1 : 0;
        }
        var (fastLoss, fastAccuracy) = Evaluator.Evaluate(weights, test);
        Assert.That(fastLoss, Is.EqualTo(loss / test.Count).Within(1e-4));
        Assert.That(fastAccuracy, Is.EqualTo((double)correct / test.Count));
        Assert.That(Evaluator.Evaluate(weights, test, threads: 1), Is.EqualTo((fastLoss, fastAccuracy)));
    }
}
