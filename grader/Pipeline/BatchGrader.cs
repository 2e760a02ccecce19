using Grader.Artifacts;
using Grader.Assignments;
using Grader.Report;
using Grader.Run;

namespace Grader.Pipeline;

/// <summary>
/// One finished submission: its report, whether a previous run's result was kept, and how long grading took.
/// </summary>
public sealed record Graded(StudentReport Report, bool Resumed, TimeSpan Elapsed);

/// <summary>
/// Grades many submissions of one assignment with a pool of `jobs` workers; reports each one as it finishes. When
/// <c>stop</c> is cancelled (SIGTERM, Ctrl+C) every worker is killed at once, no further submission starts, the ones
/// being graded are dropped unreported (their verdicts would be the kill's), reports being written are finished, and
/// GradeAsync throws OperationCanceledException without waiting for a compile still running.
/// </summary>
public sealed class BatchGrader(Assignment assignment, int jobs, WorkerLaunch launch, ArtifactEvaluators evaluators)
{
    /// <summary>Raised once per submission, from worker threads, as soon as it is graded (or carried over).</summary>
    public event Action<Graded>? Finished;

    /// <summary>When each student submitted: the late rule is applied to every result, resumed ones too.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> SubmittedAt { get; init; } =
        new Dictionary<string, DateTimeOffset>();

    public async Task<ClassReport> GradeAsync(IReadOnlyList<Submission> submissions, string generatedAt,
                                              IReadOnlyDictionary<string, StudentReport>? done = null,
                                              CancellationToken stop = default)
    {
        using var pool = new WorkerPool(jobs, assignment.Spec.MemoryLimitMb, launch);
        using var kill = stop.Register(pool.Stop);
        var grader = new SubmissionGrader(assignment, pool, evaluators);
        var results = new StudentReport[submissions.Count];
        // Held shared while a finished student is reported, exclusively once to wait for those reports on interruption.
        var reporting = new ReaderWriterLockSlim();
        int next = -1;
        // One dedicated thread per job: grading blocks on its worker's pipe, and blocked thread-pool threads would
        // starve the pool's own work (reading workers' stderr, kill timers) for the half second adding threads takes.
        int threadCount = Math.Min(jobs, Math.Max(1, submissions.Count));
        var threads = Enumerable.Range(0, threadCount).Select(_ => Task.Factory.StartNew(() =>
        {
            for (int i = Interlocked.Increment(ref next); i < submissions.Count && !stop.IsCancellationRequested;
                 i = Interlocked.Increment(ref next))
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                bool resumed = done?.ContainsKey(submissions[i].Id) == true;
                var result = resumed ? done![submissions[i].Id] : GradeOne(grader, submissions[i]);
                var submittedAt = SubmittedAt.TryGetValue(submissions[i].Id, out var at) ? at : (DateTimeOffset?)null;
                results[i] = Score.Scorer.WithLateness(result, Score.LatePolicy.Judge(assignment.Spec, submittedAt));
                reporting.EnterReadLock();
                try
                {
                    if (stop.IsCancellationRequested) return;
                    Finished?.Invoke(new Graded(results[i], resumed, clock.Elapsed));
                }
                finally
                {
                    reporting.ExitReadLock();
                }
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        var all = Task.WhenAll(threads);
        await Task.WhenAny(all, Task.Delay(Timeout.Infinite, stop));
        if (stop.IsCancellationRequested)
        {
            reporting.EnterWriteLock(); // every report begun is complete; none begins after this
            reporting.ExitWriteLock();
            stop.ThrowIfCancellationRequested();
        }
        await all;
        return Classify(results, generatedAt);
    }

    public ClassReport Classify(IReadOnlyList<StudentReport> students, string generatedAt) =>
        new(assignment.Id, assignment.Spec.Title, generatedAt,
            assignment.Spec.Questions.Select(q => new QuestionHeader(q.Id, q.Title, q.Points, q.Manual)).ToList(),
            students.OrderBy(s => s.Student, StringComparer.Ordinal).ToList())
        {
            ListsHiddenCases = assignment.Spec.HiddenCaseVisibility != "hidden",
        };

    // A fault of the grader itself on one submission is that submission's notice, never the batch's end.
    static StudentReport GradeOne(SubmissionGrader grader, Submission submission)
    {
        try
        {
            return submission.Refused is { } why ? grader.Failed(submission, why) : grader.Grade(submission);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return grader.Failed(submission, $"The grader could not grade this submission ({e.GetType().Name}: "
                                             + $"{e.Message}); please tell the course staff.");
        }
    }
}
