using System.CommandLine;
using Grader.Pipeline;
using Grader.Report;

namespace Grader.Cli;

/// <summary>
/// `merge shard-out... -o out`: combines the outputs of `grade --shard i/n` runs into exactly the reports one run
/// writes, from the shards' result files alone (a CI job downloads the shards' artifacts; it needs no assignment or
/// submission).
/// </summary>
public sealed class MergeCommand : Verb
{
    readonly Argument<string[]> shardsArg = new("shard-dirs")
    {
        Arity = ArgumentArity.OneOrMore, Description = "Output folders of the shard runs",
    };
    readonly Option<string> outOption = VerbOptions.RequiredOut("Where the merged reports go");

    public MergeCommand(VerbContext context) : base(context, "merge", "Combine the reports of sharded grading runs")
    {
        TakeArguments(shardsArg);
        TakeOptions(outOption);
        SetAction(Run);
    }

    int Run(ParseResult parse)
    {
        if (Paths.OutputProblem(parse.GetValue(outOption)!) is { } problem) { Console.Fail(problem); return 2; }
        try
        {
            foreach (var (report, keys) in ClassMerge.Read(parse.GetValue(shardsArg)!))
            {
                var reports = new ReportSet(parse.GetValue(outOption)!, report.AssignmentId);
                reports.RemoveStudentsExcept(report.Students.Select(s => s.Student));
                reports.WriteClass(report, keys);
                Console.Print($"{report.AssignmentId}: {report.Students.Count} students merged");
            }
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException
                                       or Newtonsoft.Json.JsonException)
        {
            Console.Fail(e.Message);
            return 2;
        }
    }
}
