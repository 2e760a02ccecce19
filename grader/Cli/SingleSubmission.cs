using Grader.Assignments;
using Grader.Pipeline;
using Grader.Report;
using Grader.Run;

namespace Grader.Cli;

/// <summary>One submission graded alone, by one worker (`check`, `autograde`).</summary>
public static class SingleSubmission
{
    /// <summary>The assignment and the graded report, or null after the one-line reason the input is wrong.</summary>
    public static async Task<(Assignment Assignment, ClassReport Report)?> GradeAsync(string assignmentDir, string path,
                                                                                      bool publicOnly, string timestamp,
        DateTimeOffset? submittedAt = null)
    {
        if (AssignmentFolder.Load(assignmentDir, publicOnly) is not { } assignment) return null;
        if (Submission.FromPath(path) is not { } submission)
        {
            Status.Error($"{path}: no such file or folder");
            return null;
        }
        var times = new Dictionary<string, DateTimeOffset>();
        if (submittedAt is { } at) times[submission.Id] = at;
        var batch = new BatchGrader(assignment, 1, WorkerLaunch.Default()) { SubmittedAt = times };
        var report = await batch.GradeAsync([submission], timestamp);
        return (assignment, report);
    }
}
