using System.CommandLine;
using Grader.Assignments;
using Grader.Pipeline;
using Grader.Scaffold;

namespace Grader.Cli;

/// <summary>
/// `new assignment-id`: course staff start here. Writes a working assignment (statement, template, solution.csx, one
/// mistake script, a fixed and a random case, examples with expected.json) and its case files, so `verify` passes at
/// once and every later edit is a step from something green.
/// </summary>
public sealed class NewCommand : Verb
{
    readonly Argument<string> idArg = new("assignment-id") { Description = "The new assignment's id and folder name" };
    readonly Option<string> inOption = new("--in")
    {
        Description = "Where to create its folder (default: the current folder)", DefaultValueFactory = _ => ".",
    };

    public NewCommand(VerbContext context)
        : base(context, "new", "Create a new assignment, scripted reference and all, that verify passes")
    {
        TakeArguments(idArg);
        TakeOptions(inOption);
        SetAction(Run);
    }

    int Run(ParseResult parse)
    {
        var id = parse.GetValue(idArg)!;
        if (!SafeName.IsSafe(id))
        {
            Console.Fail($"'{id}' is not a safe id ({AssignmentLoader.SafeNameRule})");
            return 2;
        }
        var dir = Path.Combine(parse.GetValue(inOption)!, id);
        if (Path.Exists(dir)) { Console.Fail($"{dir} already exists"); return 2; }
        try
        {
            ScaffoldFiles.Write(dir, id);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Fail($"{dir}: {e.Message}");
            return 2;
        }
        if (Context.Session().WriteCases(dir) != 0) return 1;
        Console.Print($"next: edit {Path.Combine(dir, "solution.csx")}, the mistakes and assignment.json, "
                      + $"then run `grader cases {dir}` and `grader verify {dir}`");
        return 0;
    }
}
