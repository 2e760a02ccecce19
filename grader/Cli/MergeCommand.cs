using System.CommandLine;
using Grader.Pipeline;
using Grader.Report;

namespace Grader.Cli;

/// <summary>
/// `merge shard-out... -o out`: combines the outputs of `grade --shard i/n` runs into exactly the reports one run writes,
/// from the shards' result files alone (a CI job downloads the shards' artifacts; it needs no assignment or submission).
/// </summary>
public sealed class MergeCommand : Command
{
    readonly Argument<string[]> shardsArg = new("shard-dirs") { Arity = ArgumentArity.OneOrMore, Description = "Output folders of the shard runs" };
    readonly Option<string> outOption = new("--out", "-o") { Description = "Where the merged reports go", Required = true };

    readonly Terminal console;

    public MergeCommand(Terminal console) : base("merge", "Combine the reports of sharded grading runs")
    {
        this.console = console;
        Add(shardsArg);
        Add(outOption);
        SetAction(Run);
    }

    int Run(ParseResult parse)
    {
        if (Paths.OutputProblem(parse.GetValue(outOption)!) is { } problem) { console.Fail(problem); return 2; }
        try
        {
            foreach (var (report, keys) in ClassMerge.Read(parse.GetValue(shardsArg)!))
            {
                var reports = new ReportSet(parse.GetValue(outOption)!, report.AssignmentId);
                reports.RemoveStudentsExcept(report.Students.Select(s => s.Student));
                reports.WriteClass(report, keys);
                console.Print($"{report.AssignmentId}: {report.Students.Count} students merged");
            }
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or Newtonsoft.Json.JsonException)
        {
            console.Fail(e.Message);
            return 2;
        }
    }
}
