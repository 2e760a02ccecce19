using System.CommandLine;
using Grader.Assignments;
using Grader.Cases;

namespace Grader.Cli;

/// <summary>`cases assignment-dir`: the course staff's verb. Rewrites cases/public.json and cases/hidden.json from the reference.</summary>
public sealed class CasesCommand : Command
{
    readonly Argument<string[]> assignmentArg = new("assignment-dir") { Arity = ArgumentArity.ZeroOrMore, Description = "Assignment folders (default: every bundled one)" };

    public CasesCommand() : base("cases", "Generate the case files (expected answers) of assignments from the reference")
    {
        Add(assignmentArg);
        SetAction(Run);
    }

    int Run(ParseResult parse)
    {
        var dirs = parse.GetValue(assignmentArg) is { Length: > 0 } given ? given
                 : Paths.Bundled("give `grader cases <assignment-dir>…`");
        if (dirs is null) return 2;
        return dirs.Sum(Write) == 0 ? 0 : 1;
    }

    /// <summary>Writes one assignment's case files: 0, or 1 after one error line naming the folder and the fault.
    /// </summary>
    public static int Write(string dir)
    {
        try
        {
            var (publicCases, hiddenCases) = Build(dir);
            Directory.CreateDirectory(Path.Combine(dir, "cases"));
            File.WriteAllText(AssignmentLoader.PublicCasesPath(dir), Json.Write(publicCases));
            File.WriteAllText(AssignmentLoader.HiddenCasesPath(dir), Json.Write(hiddenCases));
            Console.WriteLine($"{dir}: {publicCases.Questions.Sum(q => q.Value.Count)} public and "
                              + $"{hiddenCases.Questions.Sum(q => q.Value.Count)} hidden cases");
            return 0;
        }
        catch (Exception e) when (IsAuthoringFault(e))
        {
            Status.Error($"{dir}: {e.Message}");
            return 1;
        }
    }

    /// <summary>What Build throws for a fault in the assignment's files, as opposed to a fault of the grader.</summary>
    public static bool IsAuthoringFault(Exception e) =>
        e is ArgumentException or AuthoringError or FormatException or Newtonsoft.Json.JsonException or IOException;

    public static (CaseFile Public, CaseFile Hidden) Build(string dir)
    {
        var spec = Json.Read<AssignmentSpec>(Path.Combine(dir, AssignmentLoader.SpecFile));
        if (AssignmentLoader.Validate(spec) is { } problem) throw new ArgumentException(problem);
        if (spec.StudentCopy)
            throw new ArgumentException("this is a student copy (made by `grader pack`): it holds no answer key and no "
                                        + "hidden-case seeds, so no case can be generated from it");
        return CaseGenerator.Generate(spec, dir);
    }
}
