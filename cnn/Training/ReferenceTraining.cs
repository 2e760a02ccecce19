using System.Diagnostics;
using System.Text.Json;
using Grader.Cnn.Data;
using Grader.Cnn.Fast;
using Grader.Cnn.Model;

namespace Grader.Cnn.Training;

/// <summary>Trains the six variants of the homework with one seed and writes what grading and the README use:
/// metrics.json, one weights file per variant (FORMAT.md), and the learning curves as SVG.</summary>
public static class ReferenceTraining
{
    static readonly string[] Colors = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"];

    public static ReferenceResults Run(MnistSet train, MnistSet test, string outDir, int epochs, int seed,
        TextWriter log, int curvePointsPerEpoch = 10)
    {
        Directory.CreateDirectory(outDir);
        var variants = Activation.Variants
            .Select(a => TrainVariant(a, train, test, outDir, epochs, seed, curvePointsPerEpoch, log)).ToList();
        var results = new ReferenceResults(seed, epochs, Trainer.DefaultBatchSize,
            "Adam, lr 1e-3, β1 0.9, β2 0.999, ε 1e-7, mean cross-entropy over the batch",
            "Glorot uniform kernels, zero biases, PReLU slopes 0",
            $"{train.Count} training, {test.Count} test images (MNIST + inverted)",
            variants);
        File.WriteAllText(Path.Combine(outDir, "metrics.json"),
            JsonSerializer.Serialize(results,
                new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        WriteCharts(outDir, variants);
        return results;
    }

    static VariantResult TrainVariant(Activation activation, MnistSet train, MnistSet test, string outDir, int epochs,
        int seed, int curvePointsPerEpoch, TextWriter log)
    {
        var weights = CnnWeights.Initial(activation, seed);
        var trainer = new Trainer(weights, seed);
        var epochMetrics = new List<EpochMetrics>();
        var curve = new List<CurvePoint>();
        int interval = Math.Max(1, train.Count / curvePointsPerEpoch);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            var watch = Stopwatch.StartNew();
            int mark = 0, lastSamples = 0, lastCorrect = 0;
            double lastLoss = 0;
            var running = trainer.TrainEpoch(train, progress: (samples, loss, correct) =>
            {
                if (samples < Math.Min(mark + interval, train.Count)) return;
                var (testLoss, testAccuracy) = Evaluator.Evaluate(weights, test);
                int n = samples - lastSamples;
                curve.Add(new CurvePoint(epoch - 1 + (double)samples / train.Count, (loss - lastLoss) / n,
                    (double)(correct - lastCorrect) / n, testLoss, testAccuracy));
                (mark, lastSamples, lastLoss, lastCorrect) = (samples, samples, loss, correct);
            });
            double seconds = watch.Elapsed.TotalSeconds;
            var (trainLoss, trainAccuracy) = Evaluator.Evaluate(weights, train);
            var (tLoss, tAccuracy) = Evaluator.Evaluate(weights, test);
            epochMetrics.Add(new EpochMetrics(epoch, trainLoss, trainAccuracy, tLoss, tAccuracy, running.Loss,
                running.Accuracy, seconds));
            log.WriteLine($"{activation.Name,-10} epoch {epoch}: train loss {trainLoss:F4} acc {trainAccuracy:F4} | "
                          + $"test loss {tLoss:F4} acc {tAccuracy:F4} | "
                          + $"running {running.Loss:F4}/{running.Accuracy:F4} | {seconds:F1} s");
        }
        var file = activation.Name + ".f32";
        WeightsFile.Write(Path.Combine(outDir, file), weights);
        var alphas = activation.IsPRelu ? new[] { Stats(1, weights.Alphas1), Stats(2, weights.Alphas2) } : null;
        if (alphas is not null)
            foreach (var a in alphas)
                log.WriteLine($"{activation.Name,-10} layer {a.Layer} α: mean {a.Mean:F4}, std {a.Std:F4}");
        return new VariantResult(activation.Name, file, epochMetrics, curve, alphas);
    }

    // mean = Σα/n, std = sqrt(Σ(α − mean)²/n).
    static AlphaStats Stats(int layer, ReadOnlySpan<float> alphas)
    {
        double mean = 0, squares = 0;
        foreach (var a in alphas) mean += a;
        mean /= alphas.Length;
        foreach (var a in alphas) squares += (a - mean) * (a - mean);
        return new AlphaStats(layer, alphas.Length, mean, Math.Sqrt(squares / alphas.Length));
    }

    static void WriteCharts(string outDir, IReadOnlyList<VariantResult> variants)
    {
        SvgChart.Series Line(VariantResult v, int i, bool test, Func<CurvePoint, double> y) =>
            new($"{v.Activation} {(test ? "test" : "train")}", Colors[i % Colors.Length], !test,
                v.Curve.Select(p => (p.Epoch, y(p))).ToList());
        var loss = variants.SelectMany((v, i) => new[]
            { Line(v, i, true, p => p.TestLoss), Line(v, i, false, p => p.TrainLoss) });
        var error = variants.SelectMany((v, i) => new[]
            { Line(v, i, true, p => 1 - p.TestAccuracy), Line(v, i, false, p => 1 - p.TrainAccuracy) });
        File.WriteAllText(Path.Combine(outDir, "loss.svg"),
            SvgChart.Render("Cross-entropy (dashed: train, running)", "epoch", "loss (log scale)", loss.ToList()));
        File.WriteAllText(Path.Combine(outDir, "error.svg"),
            SvgChart.Render("Error rate 1 − accuracy (dashed: train, running)", "epoch", "error (log scale)",
                error.ToList()));
    }
}
