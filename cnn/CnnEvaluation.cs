using Grader.Cnn.Data;
using Grader.Cnn.Fast;
using Grader.Cnn.Model;

namespace Grader.Cnn;

/// <summary>What grading needs from the engine: load a weights file, score it on the 20,000 test images
/// (MNIST test + inverted), and the exact float64 logits of one image.</summary>
public static class CnnEvaluation
{
    /// <summary>Reads a weights file (FORMAT.md) for a network with the given activation.</summary>
    /// <exception cref="InvalidDataException">Wrong length for that activation, or NaN/∞ values.</exception>
    public static CnnWeights LoadWeights(string path, Activation activation) => WeightsFile.Read(path, activation);

    /// <summary>Weights from bytes already read; <paramref name="name"/> is the file's name, for messages.</summary>
    public static CnnWeights LoadWeights(byte[] bytes, string name, Activation activation) =>
        WeightsFile.Read(bytes, name, activation);

    /// <summary>Mean cross-entropy and accuracy on the test set of the MNIST folder (20,000 images).</summary>
    public static (double Loss, double Accuracy) EvaluateTest(CnnWeights weights, string mnistDir) =>
        Evaluator.Evaluate(weights, Mnist.Load(mnistDir).Test);

    /// <summary>Mean cross-entropy and accuracy on any set.</summary>
    public static (double Loss, double Accuracy) Evaluate(CnnWeights weights, MnistSet data) =>
        Evaluator.Evaluate(weights, data);

    /// <summary>The float64 logits for one 28×28 image, row-major, values in [0, 1].</summary>
    public static double[] Logits(CnnWeights weights, ReadOnlySpan<double> image) => Forward64.Logits(weights, image);
}
