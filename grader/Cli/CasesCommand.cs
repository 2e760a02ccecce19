using System.CommandLine;

namespace Grader.Cli;

/// <summary>
/// `cases assignment-dir`: the course staff's verb. Rewrites cases/public.json and cases/hidden.json from the
/// reference.
/// </summary>
public sealed class CasesCommand : Command
{
    public CasesCommand(VerbContext context)
        : base("cases", "Generate the case files (expected answers) of assignments from the reference")
    {
        var assignments = VerbOptions.AssignmentDirs();
        Add(assignments);
        SetAction(parse => Paths.GivenOrBundled(parse.GetValue(assignments), context.Console,
                                                "give `grader cases <assignment-dir>…`") is { } dirs
                               ? dirs.Sum(context.Session().WriteCases) == 0 ? 0 : 1
                               : 2);
    }
}
