using System.CommandLine;
using Grader.Pipeline;

namespace Grader.Cli;

/// <summary>
/// `verify`: every bundled assignment loads, its case files are what the reference gives today, and every example
/// gets exactly its expected score. Non-zero exit on any difference: CI's guard on the answer key.
/// </summary>
public sealed class VerifyCommand : Verb
{
    readonly Argument<string[]> assignmentArg = VerbOptions.AssignmentDirs();
    readonly Option<string?> mnistOption = MnistOption.Create();
    readonly Option<int> jobsOption = VerbOptions.Jobs();

    public VerifyCommand(VerbContext context)
        : base(context, "verify", "Check every bundled assignment's examples get their expected scores")
    {
        TakeArguments(assignmentArg);
        TakeOptions(jobsOption, mnistOption);
        SetAction(Run);
    }

    async Task<int> Run(ParseResult parse)
    {
        var dirs = Paths.GivenOrBundled(parse.GetValue(assignmentArg), Console,
                                        "give `grader verify <assignment-dir>…`");
        if (dirs is null) return 2;
        var session = MnistOption.Session(parse, mnistOption, Context);
        int problems = 0;
        foreach (var dir in dirs)
            problems += await Verification.RunAsync(session, dir, Math.Max(1, parse.GetValue(jobsOption)));
        Console.Print(problems == 0 ? "verify: every example gets its expected score"
                                    : $"verify: {problems} problem(s)");
        return problems == 0 ? 0 : 1;
    }
}
