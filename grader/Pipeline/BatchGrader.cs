using Grader.Assignments;
using Grader.Report;
using Grader.Run;

namespace Grader.Pipeline;

/// <summary>One finished submission: its report, whether a previous run's result was kept, and how long grading took.</summary>
public sealed record Graded(StudentReport Report, bool Resumed, TimeSpan Elapsed);

/// <summary>Grades many submissions of one assignment with a pool of `jobs` workers; reports each one as it finishes.</summary>
public sealed class BatchGrader(Assignment assignment, int jobs, WorkerLaunch launch)
{
    /// <summary>Raised once per submission, from worker threads, as soon as it is graded (or carried over).</summary>
    public event Action<Graded>? Finished;

    public async Task<ClassReport> GradeAsync(IReadOnlyList<Submission> submissions, string generatedAt, IReadOnlyDictionary<string, StudentReport>? done = null)
    {
        using var pool = new WorkerPool(jobs, assignment.Spec.MemoryLimitMb, launch);
        var grader = new SubmissionGrader(assignment, pool);
        var results = new StudentReport[submissions.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, submissions.Count), new ParallelOptions { MaxDegreeOfParallelism = jobs }, async (i, _) =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            bool resumed = done?.TryGetValue(submissions[i].Id, out var previous) == true;
            results[i] = resumed ? done![submissions[i].Id] : await GradeOneAsync(grader, submissions[i]);
            Finished?.Invoke(new Graded(results[i], resumed, clock.Elapsed));
        });
        return Classify(results, generatedAt);
    }

    public ClassReport Classify(IReadOnlyList<StudentReport> students, string generatedAt) =>
        new(assignment.Id, assignment.Spec.Title, generatedAt,
            assignment.Spec.Questions.Select(q => new QuestionHeader(q.Id, q.Title, q.Points, q.Manual)).ToList(),
            students.OrderBy(s => s.Student, StringComparer.Ordinal).ToList());

    // A fault of the grader itself on one submission is that submission's notice, never the batch's end.
    static async Task<StudentReport> GradeOneAsync(SubmissionGrader grader, Submission submission)
    {
        try
        {
            return await grader.GradeAsync(submission);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return grader.Failed(submission, $"The grader could not grade this submission ({e.GetType().Name}: {e.Message}); please tell the course staff.");
        }
    }
}
