using System.CommandLine;
using Grader.Cnn;
using Grader.Pipeline;

namespace Grader.Cli;

/// <summary>`bench-cnn`: times the fast trainer and evaluator; the last line is `epoch: X s, eval20k: Y s, GFLOP/s: Z`.</summary>
public sealed class BenchCnnCommand : Command
{
    readonly Option<string?> mnist = MnistOption.Create();

    public BenchCnnCommand(Terminal console, string mnistDefault)
        : base("bench-cnn", "Benchmark the CNN trainer and evaluator on MNIST")
    {
        Add(mnist);
        SetAction(parse =>
        {
            if (MnistOption.Require(parse, mnist, mnistDefault, console) is not { } dir) return 2;
            CnnCommands.Bench(dir, console.Out);
            return 0;
        });
    }
}
