using System.CommandLine;
using Grader.Pipeline;
using Grader.Report;
using Grader.Score;

namespace Grader.Cli;

/// <summary>
/// `scores sheet.csv -o reports/&lt;assignment&gt;`: merges a TA's points for manual questions into every report and
/// export of a graded class (rebuilt from its students' result files, as `merge` does). Any wrong row: one line each,
/// exit 2,
/// nothing written.
/// </summary>
public sealed class ScoresCommand : Verb
{
    readonly Argument<string> sheetArg = new("sheet")
    {
        Description = "The TA's CSV: student, question, points, comment (see manual-scores.csv)",
    };
    readonly Option<string> outOption =
        VerbOptions.RequiredOut("The assignment's report folder, the one holding results.json");

    readonly Terminal console;

    public ScoresCommand(VerbContext context)
        : base(context, "scores", "Merge a TA's scores for manual questions into a graded class's reports")
    {
        console = context.Console;
        TakeArguments(sheetArg);
        TakeOptions(outOption);
        SetAction(Run);
    }

    int Run(ParseResult parse)
    {
        var sheet = parse.GetValue(sheetArg)!;
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(parse.GetValue(outOption)!));
        if (!File.Exists(sheet)) { console.Fail($"{sheet}: no such file"); return 2; }
        if (!File.Exists(Path.Combine(folder, "results.json")))
        {
            console.Fail($"{folder}: no results.json (give the assignment's report folder that `grade` wrote)");
            return 2;
        }
        try
        {
            var (report, keys) = ClassMerge.Read([folder]).Single();
            if (Path.GetFileName(folder) != report.AssignmentId)
            {
                console.Fail($"{folder} holds the reports of '{report.AssignmentId}' but is not named so");
                return 2;
            }
            return ManualSheet.Read(Path.GetFileName(sheet), File.ReadAllText(sheet), report).Match(
                rejected: rejected =>
                {
                    foreach (var error in rejected.Errors) console.Fail(error);
                    return 2;
                },
                read: read =>
                {
                    var scored = report with
                    {
                        Students = [.. report.Students.Select(s => Scorer.WithManualScores(s,
                            read.Scores.GetValueOrDefault(s.Student) ?? new Dictionary<string, ManualScore>()))],
                    };
                    new ReportSet(Path.GetDirectoryName(folder)!, report.AssignmentId).WriteClass(scored, keys);
                    console.Print($"{report.AssignmentId}: {read.Scores.Sum(s => s.Value.Count)} manual scores merged "
                                  + $"→ {Path.Combine(folder, "summary.html")}");
                    return 0;
                });
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException
                                       or Newtonsoft.Json.JsonException)
        {
            console.Fail(e.Message);
            return 2;
        }
    }
}
