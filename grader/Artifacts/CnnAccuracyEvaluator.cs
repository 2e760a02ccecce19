using Grader.Cnn;
using Grader.Cnn.Data;
using Grader.Cnn.Model;
using Newtonsoft.Json.Linq;

namespace Grader.Artifacts;

/// <summary>
/// "cnn-test-accuracy": accuracy of handed-in weights (cnn FORMAT.md) on the 20,000 held-out images (MNIST test set
/// plus its inverted copy). Options: "activation" (prelu, leaky0, leaky-0.5, …). The test set is read once per run.
/// </summary>
public sealed class CnnAccuracyEvaluator(string mnistDirectory) : IArtifactEvaluator
{
    static readonly Lock Gate = new();
    static (string Directory, MnistSet Test)? loaded;

    public string Name => "cnn-test-accuracy";

    public ArtifactOutcome Evaluate(string name, byte[] bytes, JObject options)
    {
        if (!Mnist.IsPresent(mnistDirectory))
            return new ArtifactRejected(
                $"the MNIST test set is not in {mnistDirectory}: run `grader fetch-mnist` or pass --mnist");
        Activation activation;
        try { activation = Activation.Parse((string?)options["activation"] ?? "leaky0"); }
        catch (FormatException e) { return new ArtifactRejected(e.Message); }
        try
        {
            var weights = CnnEvaluation.LoadWeights(bytes, name, activation);
            var (loss, accuracy) = CnnEvaluation.Evaluate(weights, TestSet(mnistDirectory));
            return new Measured(accuracy,
                                $"test accuracy {accuracy:0.0000} on 20,000 held-out images (loss {loss:0.0000})");
        }
        catch (InvalidDataException e)
        {
            return new ArtifactRejected($"{name} is not a weights file for {activation}: {e.Message}");
        }
    }

    static MnistSet TestSet(string mnistDirectory)
    {
        lock (Gate)
        {
            // Read once per run: every student's weights are measured on the same images.
            if (loaded is not { } cached || cached.Directory != mnistDirectory)
                loaded = cached = (mnistDirectory, Mnist.LoadTest(mnistDirectory));
            return cached.Test;
        }
    }
}
