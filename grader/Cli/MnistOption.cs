using System.CommandLine;

namespace Grader.Cli;

/// <summary>`--mnist DIR`, shared by every verb that reads MNIST: a folder holding the four IDX files.</summary>
public static class MnistOption
{
    public static string Default => Environment.GetEnvironmentVariable("GRADER_MNIST") is { Length: > 0 } dir ? dir : Path.Combine(Paths.Root(), "data", "mnist");

    public static Option<string?> Create() => new("--mnist") { Description = $"Folder with the MNIST IDX files (default: $GRADER_MNIST or data/mnist)" };

    /// <summary>The folder the verb should use, which is also where trained-weights questions look.</summary>
    public static string Apply(ParseResult parse, Option<string?> option) =>
        Artifacts.CnnAccuracyEvaluator.MnistDirectory = parse.GetValue(option) ?? Default;

    /// <summary>The MNIST folder for a verb that cannot run without it, or null after saying how to get it.</summary>
    public static string? Require(ParseResult parse, Option<string?> option)
    {
        var dir = Apply(parse, option);
        if (Cnn.Data.Mnist.IsPresent(dir)) return dir;
        Status.Error($"no MNIST in {dir}: run `grader fetch-mnist` or pass --mnist");
        return null;
    }
}
