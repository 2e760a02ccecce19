using System.CommandLine;
using Grader.Cnn;

namespace Grader.Cli;

/// <summary>
/// `train-reference`: trains the six reference CNNs and writes weights, metrics and charts into the assignment.
/// </summary>
public sealed class TrainReferenceCommand : Command
{
    readonly Option<string?> mnist = MnistOption.Create();
    readonly Option<string?> output = VerbOptions.Out("Where results go (default: assignments/trained-cnn/reference)");
    readonly Option<int> epochs = new("--epochs") { Description = "Epochs per variant", DefaultValueFactory = _ => 2 };
    readonly Option<int> seed = new("--seed")
    {
        Description = "Seed of initialisation and shuffling", DefaultValueFactory = _ => 1,
    };

    public TrainReferenceCommand(VerbContext context)
        : base("train-reference", "Train the reference CNNs of the trained-cnn assignment (grading never retrains)")
    {
        foreach (var option in new Option[] { mnist, output, epochs, seed }) Add(option);
        SetAction(parse =>
        {
            if (MnistOption.Require(parse, mnist, context) is not { } dir) return 2;
            var target = parse.GetValue(output)
                         ?? Path.Combine(Paths.Root(), "assignments", "trained-cnn", "reference");
            CnnCommands.TrainReference(dir, target, parse.GetValue(epochs), parse.GetValue(seed), context.Console.Out);
            return 0;
        });
    }
}
