using System.CommandLine;
using Grader.Cnn;

namespace Grader.Cli;

/// <summary>
/// `bench-cnn`: times the fast trainer and evaluator; the last line is `epoch: X s, eval20k: Y s, GFLOP/s: Z`.
/// </summary>
public sealed class BenchCnnCommand : Command
{
    public BenchCnnCommand(VerbContext context) : base("bench-cnn", "Benchmark the CNN trainer and evaluator on MNIST")
    {
        var mnist = MnistOption.AddTo(this);
        SetAction(parse =>
        {
            if (MnistOption.Require(parse, mnist, context) is not { } dir) return 2;
            CnnCommands.Bench(dir, context.Console.Out);
            return 0;
        });
    }
}
