using System.Text.Json;
using Grader.Cnn.Data;
using Grader.Cnn.Model;
using Grader.Cnn.Training;

namespace Grader.Cnn.Tests.Training;

public class ReferenceTrainingTests
{
    [Test]
    public void Writes_metrics_weights_and_charts_for_the_six_variants()
    {
        using var mnist = TempFolder.Mnist(32); // 64 images: two batches, one curve point each
        using var output = TempFolder.Empty("cnn-ref-");
        var outDir = output.Dir;
        var (train, test) = Mnist.Load(mnist.Dir);
        var results = ReferenceTraining.Run(train, test, outDir, epochs: 1, seed: 3, TextWriter.Null,
            curvePointsPerEpoch: 2);

        Assert.That(results.Variants.Select(v => v.Activation), Is.EqualTo(Activation.Variants.Select(a => a.Name)));
        Assert.That(results.Variants.Select(v => v.Curve.Count), Is.All.EqualTo(2));
        Assert.That(File.Exists(Path.Combine(outDir, "loss.svg")) && File.Exists(Path.Combine(outDir, "error.svg")));
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "metrics.json")));
        var prelu = json.RootElement.GetProperty("variants")[5];
        Assert.That(prelu.GetProperty("preluAlphas").GetArrayLength(), Is.EqualTo(2));
        Assert.That(prelu.GetProperty("epochs")[0].GetProperty("testAccuracy").GetDouble(), Is.InRange(0, 1));
        var weights = WeightsFile.Read(Path.Combine(outDir, "prelu.f32"), Activation.PRelu);
        Assert.That(results.Variants[5].PreluAlphas![0].Mean,
            Is.EqualTo(weights.Alphas1.ToArray().Average()).Within(1e-6));
    }
}
