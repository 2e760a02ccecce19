using System.CommandLine;

namespace Grader.Cli;

/// <summary>
/// `check --mnist`: only the staff tool measures trained weights (the CNN evaluator is built on the reference).
/// </summary>
public sealed partial class CheckCommand
{
    readonly Option<string?> mnistOption = MnistOption.Create();

    partial void AddMeasuringOptions() => Add(mnistOption);

    partial void ReadMeasuringOptions(ParseResult parse, ref string mnist) =>
        mnist = MnistOption.Read(parse, mnistOption, Context);
}
