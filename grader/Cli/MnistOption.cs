using System.CommandLine;
using Grader.Pipeline;

namespace Grader.Cli;

/// <summary>`--mnist DIR`, shared by every verb that reads MNIST: a folder holding the four IDX files.</summary>
public static class MnistOption
{
    /// <summary>Where MNIST is unless --mnist says: $GRADER_MNIST, else data/mnist of the repository.</summary>
    public static string Default => Environment.GetEnvironmentVariable("GRADER_MNIST") is { Length: > 0 } dir
        ? dir : Path.Combine(Paths.Root(), "data", "mnist");

    public static Option<string?> Create() => new("--mnist")
    {
        Description = "Folder with the MNIST IDX files (default: $GRADER_MNIST or data/mnist)",
    };

    /// <summary>The option, added to <paramref name="verb"/>: for a verb whose only option it is.</summary>
    public static Option<string?> AddTo(Command verb)
    {
        var option = Create();
        verb.Add(option);
        return option;
    }

    /// <summary>The folder the verb should use: --mnist, else the one the run was given.</summary>
    public static string Read(ParseResult parse, Option<string?> option, VerbContext context) =>
        parse.GetValue(option) ?? context.Mnist;

    /// <summary>The pipeline of a verb that grades, its evaluators reading MNIST where --mnist says.</summary>
    public static Session Session(ParseResult parse, Option<string?> option, VerbContext context) =>
        context.Session(Read(parse, option, context));

    /// <summary>The MNIST folder for a verb that cannot run without it, or null after saying how to get it.</summary>
    public static string? Require(ParseResult parse, Option<string?> option, VerbContext context)
    {
        var dir = Read(parse, option, context);
        if (Cnn.Data.Mnist.IsPresent(dir)) return dir;
        context.Console.Fail($"no MNIST in {dir}: run `grader fetch-mnist` or pass --mnist");
        return null;
    }
}
