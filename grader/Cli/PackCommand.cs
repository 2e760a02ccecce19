using System.CommandLine;
using Grader.Pack;
using Grader.Pipeline;

namespace Grader.Cli;

/// <summary>
/// `pack assignment-dir -o out`: course staff hand an assignment out. Writes, under out/&lt;id&gt;/, the student copy
/// (student/, their repository, with no answer key), Gradescope's autograder zip and PrairieLearn's external-grader
/// folder (both graded with every case, kept on the platform's side).
/// </summary>
public sealed class PackCommand : Verb
{
    readonly Argument<string> assignmentArg = VerbOptions.AssignmentDir(" and its case files");
    readonly Option<string> outputOption = new("-o", "--output")
    {
        Description = "Where to write <assignment-id>/", Required = true,
    };
    readonly Option<string?> toolsOption = new("--tools")
    {
        Description = "Folder with the tools' packages (Grader.*.nupkg, Grader.Check.*.nupkg from `dotnet pack`) "
                      + "to bundle",
    };

    public PackCommand(VerbContext context)
        : base(context, "pack", "Write an assignment's student copy, Gradescope autograder zip and PrairieLearn grader")
    {
        TakeArguments(assignmentArg);
        TakeOptions(outputOption, toolsOption);
        SetAction(Run);
    }

    int Run(ParseResult parse)
    {
        if (Context.Session().Load(parse.GetValue(assignmentArg)!) is not { } assignment) return 2;
        if (!assignment.HasHiddenCases)
        {
            Console.Fail($"{assignment.Directory} has no cases/hidden.json: "
                         + $"run `grader cases {assignment.Directory}` first");
            return 2;
        }
        var toolsDir = parse.GetValue(toolsOption);
        if (toolsDir is not null && !Directory.Exists(toolsDir))
        {
            Console.Fail($"--tools {toolsDir}: no such folder");
            return 2;
        }
        var tools = ToolPackages.In(toolsDir);
        var dir = Path.Combine(parse.GetValue(outputOption)!, assignment.Id);
        if (Path.Exists(dir)) { Console.Fail($"{dir} already exists: remove it or choose another -o"); return 2; }
        var student = Path.Combine(dir, "student");
        var gradescope = Path.Combine(dir, "gradescope", "autograder.zip");
        var prairieLearn = Path.Combine(dir, "prairielearn");
        try
        {
            StudentCopy.Write(assignment, student, tools);
            Directory.CreateDirectory(Path.GetDirectoryName(gradescope)!);
            PlatformBundles.WriteGradescope(assignment, gradescope, tools);
            PlatformBundles.WritePrairieLearn(assignment, prairieLearn, tools);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Fail($"{dir}: {e.Message}");
            return 2;
        }
        if (tools.Checker.Count == 0 || tools.Staff.Count == 0)
            Console.Say("note: without --tools (the folder `dotnet pack` wrote the tools' packages to), students and "
                        + $"platforms install {ToolPackages.CheckerId} and {ToolPackages.StaffId} {tools.Version} "
                        + "from their own package feeds");
        Console.Print($"{assignment.Id}: student copy → {student}, Gradescope → {gradescope}, "
                      + $"PrairieLearn → {prairieLearn}");
        return 0;
    }
}
