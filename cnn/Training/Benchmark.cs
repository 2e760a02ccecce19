using System.Diagnostics;
using Grader.Cnn.Data;
using Grader.Cnn.Fast;
using Grader.Cnn.Model;

namespace Grader.Cnn.Training;

/// <summary>Times the fast trainer and evaluator on real MNIST. Training time is measured on a slice of an epoch
/// and scaled to 120,000 images; every figure is the median of several runs (the machine is shared).</summary>
public static class Benchmark
{
    // A training sample costs forward + backward ≈ 3 × forward multiply-adds, 2 FLOP each (≈ 4.4 MFLOP).
    public const double TrainFlopPerSample = 3.0 * 2 * CnnShape.ForwardMacs;

    public static (double EpochSeconds, double EvalSeconds, double GflopPerSecond) Run(
        MnistSet train, MnistSet test, TextWriter log, int runs = 5, int samplesPerRun = 9600)
    {
        var avx512 = System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated
            ? "yes"
            : "no (Vector512 emulated: slow)";
        log.WriteLine($"AVX-512: {avx512}, {Environment.ProcessorCount} cores; "
                      + "training time is a slice of an epoch scaled to the full epoch");
        var trainer = new Trainer(CnnWeights.Initial(Activation.Leaky(0), 1), seed: 1);
        trainer.TrainEpoch(train, limit: 1600); // warm-up: JIT, caches, thread pool
        var perSample = Median(runs, () => Time(() => trainer.TrainEpoch(train, limit: samplesPerRun)) / samplesPerRun);
        double epoch = perSample * train.Count;
        log.WriteLine($"training: {perSample * 1e6:F1} µs per sample "
                      + $"(median of {runs} runs of {samplesPerRun} samples), scaled to {train.Count} images");
        Evaluator.Evaluate(trainer.Weights, test.Take(500));
        double eval = Median(runs, () => Time(() => Evaluator.Evaluate(trainer.Weights, test)));
        log.WriteLine($"evaluation: {test.Count} test images, median of {runs} runs");
        double gflops = TrainFlopPerSample / perSample / 1e9;
        log.WriteLine($"epoch: {epoch:F2} s, eval20k: {eval:F3} s, GFLOP/s: {gflops:F1}");
        return (epoch, eval, gflops);
    }

    static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalSeconds;
    }

    static double Median(int runs, Func<double> measure)
    {
        var values = Enumerable.Range(0, runs).Select(_ => measure()).Order().ToArray();
        return values[runs / 2];
    }
}
