using System.CommandLine;
using Grader.Assignments;
using Grader.Pipeline;
using Grader.Report;
using Grader.Run;

namespace Grader.Cli;

/// <summary>`grade [assignment-dir submissions-dir] -o out`: the TA's verb. With no arguments, grades every bundled assignment's examples.</summary>
public sealed class GradeCommand : Command
{
    readonly Argument<string?> assignmentArg = new("assignment-dir") { Arity = ArgumentArity.ZeroOrOne, Description = "Folder holding assignment.json" };
    readonly Argument<string?> submissionsArg = new("submissions-dir") { Arity = ArgumentArity.ZeroOrOne, Description = "Folder of <id>.csx files or <id>/ folders" };
    readonly Option<string?> outOption = new("--out", "-o") { Description = "Report folder (default: reports/)" };
    readonly Option<int> jobsOption = new("--jobs", "-j") { Description = "Worker processes", DefaultValueFactory = _ => Environment.ProcessorCount };
    readonly Option<string?> timestampOption = new("--timestamp") { Description = "Fixed 'graded at' text, for byte-identical regrades" };

    public GradeCommand() : base("grade", "Grade submissions and write reports (no arguments: the bundled examples)")
    {
        Add(assignmentArg);
        Add(submissionsArg);
        Add(outOption);
        Add(jobsOption);
        Add(timestampOption);
        SetAction(Run);
    }

    async Task<int> Run(ParseResult parse)
    {
        var assignmentDir = parse.GetValue(assignmentArg);
        var submissionsDir = parse.GetValue(submissionsArg);
        var output = parse.GetValue(outOption) ?? Paths.DefaultReports;
        var timestamp = parse.GetValue(timestampOption) ?? DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'");
        int jobs = Math.Max(1, parse.GetValue(jobsOption));
        if (assignmentDir is null)
        {
            int failures = 0;
            foreach (var dir in Paths.BundledAssignments())
                failures += await GradeOne(dir, Path.Combine(dir, "examples"), output, jobs, timestamp) == 0 ? 0 : 1;
            return failures == 0 ? 0 : 1;
        }
        if (submissionsDir is null) { Status.Error("give both the assignment folder and the submissions folder, or neither"); return 2; }
        return await GradeOne(assignmentDir, submissionsDir, output, jobs, timestamp);
    }

    /// <summary>The assignment, or null after printing the one-line reason it cannot be loaded.</summary>
    public static Assignment? Load(string directory, bool publicOnly = false)
    {
        switch (AssignmentLoader.Load(directory, publicOnly))
        {
            case Loaded loaded: return loaded.Assignment;
            case LoadFailed failed: Status.Error(failed.Message); return null;
            default: return null;
        }
    }

    public static async Task<int> GradeOne(string assignmentDir, string submissionsDir, string output, int jobs, string timestamp)
    {
        if (Load(assignmentDir) is not { } assignment) return 2;
        if (!Directory.Exists(submissionsDir)) { Status.Error($"{submissionsDir}: no such folder"); return 2; }
        var submissions = Submission.Discover(submissionsDir);
        var batch = new BatchGrader(assignment, jobs, WorkerLaunch.Default());
        int done = 0;
        batch.Finished += s => Status.Line($"[{Interlocked.Increment(ref done)}/{submissions.Count}] {assignment.Id}/{s.Student}: {MarkdownWriter.Points(s.Score)} / {MarkdownWriter.Points(s.MaxScore)}");
        var report = await batch.GradeAsync(submissions, timestamp);
        var reports = new ReportSet(output, assignment.Id);
        reports.WriteClass(report);
        Console.WriteLine($"{assignment.Id}: {submissions.Count} graded → {Path.Combine(reports.Directory, "summary.html")}");
        return 0;
    }
}
