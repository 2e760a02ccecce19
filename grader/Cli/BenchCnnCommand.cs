using System.CommandLine;
using Grader.Cnn;

namespace Grader.Cli;

/// <summary>`bench-cnn`: times the fast trainer and evaluator; the last line is `epoch: X s, eval20k: Y s, GFLOP/s: Z`.</summary>
public sealed class BenchCnnCommand : Command
{
    readonly Option<string?> mnist = MnistOption.Create();

    public BenchCnnCommand() : base("bench-cnn", "Benchmark the CNN trainer and evaluator on MNIST")
    {
        Add(mnist);
        SetAction(parse =>
        {
            var dir = MnistOption.Apply(parse, mnist);
            if (!Cnn.Data.Mnist.IsPresent(dir)) { Status.Error($"no MNIST in {dir}: run `grader fetch-mnist` or pass --mnist"); return 2; }
            CnnCommands.Bench(dir, Console.Out);
            return 0;
        });
    }
}
