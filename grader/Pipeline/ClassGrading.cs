using Grader.Artifacts;
using Grader.Assignments;
using Grader.Report;
using Grader.Run;

namespace Grader.Pipeline;

/// <summary>
/// How a class is graded: where reports go, how many workers, the fixed timestamp, resume and shard, and what measures
/// handed-in files (with the MNIST folder it reads).
/// </summary>
public sealed record GradeOptions(string Output, int Jobs, string Timestamp, bool Resume = false, Shard? Shard = null)
{
    public required ArtifactEvaluators Evaluators { get; init; }

    /// <summary>When each student submitted (the manifest), for the late rule; one not in it is not judged late.
    /// </summary>
    public IReadOnlyDictionary<string, DateTimeOffset> SubmittedAt { get; init; } =
        new Dictionary<string, DateTimeOffset>();
}

/// <summary>The "graded at" text of reports: minutes in UTC, so one run's files agree.</summary>
public static class Timestamp
{
    public static string Of(DateTime utc) =>
        utc.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// A whole class, end to end: the shard's slice of submissions, results carried over by --resume, each student's files
/// written the moment the student is graded (so an interrupted run loses nobody finished), then the class files.
/// Cancelling <c>stop</c> ends the run with every finished student kept for --resume and no class files.
/// </summary>
public static class ClassGrading
{
    public static async Task<ClassReport> RunAsync(Assignment assignment, IReadOnlyList<Submission> all,
                                                   GradeOptions options, Action<Graded>? finished = null,
                                                   WorkerLaunch? launch = null, CancellationToken stop = default)
    {
        var duplicate = all.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"two submissions are named '{duplicate.Key}': "
                                        + string.Join(" and ", duplicate.Select(s => s.Path)));
        var shard = options.Shard ?? Shard.Whole;
        var submissions = all.Where(s => shard.Contains(s.Id)).ToList();
        var reports = new ReportSet(options.Output, assignment.Id);
        RemoveUnfinishedWrites(reports.Directory);
        // Every submission of the class, not only this shard's: shards may share an output folder.
        reports.RemoveStudentsExcept(all.Select(s => s.Id));
        var batch = new BatchGrader(assignment, options.Jobs, launch ?? WorkerLaunch.Default(), options.Evaluators)
        {
            SubmittedAt = options.SubmittedAt,
        };
        var header = batch.Classify([], options.Timestamp);
        var keys = ResultKeys.Of(assignment, submissions);
        var done = options.Resume ? Finished(submissions, reports, keys, new CaseBook(assignment.Cases)) : null;
        batch.Finished += graded =>
        {
            if (!graded.Resumed) reports.WriteStudent(header, graded.Report, keys);
            finished?.Invoke(graded);
        };
        var report = await batch.GradeAsync(submissions, options.Timestamp, done, stop);
        // Rendering the class summary allocates in bursts (a table row per student) on top of the batch's garbage;
        // dropping that garbage first keeps the grader's peak memory flat however large the class is.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        reports.WriteSummary(report);
        return report;
    }

    // A run killed outright (SIGKILL, power loss) can leave a report's temporary file: it never became a report.
    static void RemoveUnfinishedWrites(string directory)
    {
        if (!Directory.Exists(directory)) return;
        var reportFolders = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 2 };
        foreach (var file in Directory.EnumerateFiles(directory, "*.tmp", reportFolders)) File.Delete(file);
    }

    // Results on disk that the same submission and the same assignment produced.
    static Dictionary<string, StudentReport> Finished(IReadOnlyList<Submission> submissions, ReportSet reports,
                                                      ResultKeys keys, CaseBook cases) =>
        submissions.Select(s => StoredResult.Read(reports.ResultPath(s.Id), cases))
                   .OfType<StoredResult>()
                   .Where(keys.Match)
                   .ToDictionary(r => r.Report.Student, r => r.Report);
}
