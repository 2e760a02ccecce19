using System.CommandLine;
using Grader.Pipeline;

namespace Grader.Cli;

/// <summary>
/// `verify`: every bundled assignment loads, its case files are what the reference gives today, and every example
/// gets exactly its expected score. Non-zero exit on any difference: CI's guard on the answer key.
/// </summary>
public sealed class VerifyCommand : Command
{
    readonly Argument<string[]> assignmentArg = new("assignment-dir")
    {
        Arity = ArgumentArity.ZeroOrMore, Description = "Assignment folders (default: every bundled one)",
    };
    readonly Option<string?> mnistOption = MnistOption.Create();
    readonly Option<int> jobsOption = JobsOption.Create();
    readonly Terminal console;
    readonly string mnistDefault;

    public VerifyCommand(Terminal console, string mnistDefault)
        : base("verify", "Check every bundled assignment's examples get their expected scores")
    {
        (this.console, this.mnistDefault) = (console, mnistDefault);
        Add(assignmentArg);
        Add(jobsOption);
        Add(mnistOption);
        SetAction(Run);
    }

    async Task<int> Run(ParseResult parse)
    {
        var session = new Session(console, MnistOption.Read(parse, mnistOption, mnistDefault));
        int problems = 0;
        var dirs = parse.GetValue(assignmentArg) is { Length: > 0 } given ? given
                 : Paths.Bundled(console, "give `grader verify <assignment-dir>…`");
        if (dirs is null) return 2;
        foreach (var dir in dirs)
            problems += await Verification.RunAsync(session, dir, Math.Max(1, parse.GetValue(jobsOption)));
        console.Print(problems == 0 ? "verify: every example gets its expected score"
                                    : $"verify: {problems} problem(s)");
        return problems == 0 ? 0 : 1;
    }
}
