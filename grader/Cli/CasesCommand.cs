using System.CommandLine;
using Grader.Pipeline;

namespace Grader.Cli;

/// <summary>
/// `cases assignment-dir`: the course staff's verb. Rewrites cases/public.json and cases/hidden.json from the
/// reference.
/// </summary>
public sealed class CasesCommand : Command
{
    readonly Argument<string[]> assignmentArg = new("assignment-dir")
    {
        Arity = ArgumentArity.ZeroOrMore, Description = "Assignment folders (default: every bundled one)",
    };

    public CasesCommand(Terminal console, string mnistDefault)
        : base("cases", "Generate the case files (expected answers) of assignments from the reference")
    {
        Add(assignmentArg);
        SetAction(parse =>
        {
            var session = new Session(console, mnistDefault);
            var dirs = parse.GetValue(assignmentArg) is { Length: > 0 } given ? given
                     : Paths.Bundled(console, "give `grader cases <assignment-dir>…`");
            if (dirs is null) return 2;
            return dirs.Sum(session.WriteCases) == 0 ? 0 : 1;
        });
    }
}
