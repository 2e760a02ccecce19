using Grader.Assignments;
using Grader.Compile;
using Newtonsoft.Json.Linq;

namespace Grader.Run;

/// <summary>
/// Stage 3, Run cases (isolated): loads the compiled script into a leased worker and runs every case of every bound
/// question under the assignment's time limit. A worker that is killed or dies is replaced and the script reloaded,
/// so one bad case never costs the next.
/// </summary>
public sealed class SubmissionRunner(WorkerLease lease, Compiled compiled, AssignmentSpec spec)
{
    bool loaded;
    WorkerProcess? sentTo; // the worker the script was last loaded into

    /// <summary>Outcome of the script's own top-level code: Returned when it ran to the end.</summary>
    public RunOutcome LoadScript() => EnsureLoaded() ?? new Returned(JValue.CreateNull(), "");

    /// <summary>
    /// Every case of one function, outcome by outcome, in order. The cases go to the worker in one request; after a
    /// worker dies (crash, memory) or drops the request (memory freed) the rest go again, to a fresh worker if need be.
    /// Stop enumerating whenever you like: a worker left with unread answers is stopped.
    /// </summary>
    /// <param name="argumentsReadOnly">The worker reports which arguments each call changed.</param>
    public IEnumerable<RunOutcome> Run(Bound function, IReadOnlyList<GradedCase> cases, bool argumentsReadOnly = false)
    {
        int next = 0;
        while (next < cases.Count)
        {
            if (EnsureLoaded() is { } failed) { next++; yield return failed; continue; }
            var worker = lease.Current().Worker;
            var pending = cases.Skip(next).ToList();
            worker.Write(writer =>
            {
                writer.Write(Protocol.CallMany);
                writer.Write(function.Method);
                writer.Write(string.Join("|", function.ParameterTypes));
                writer.Write(argumentsReadOnly);
                writer.Write(pending.Count);
                foreach (var graded in pending)
                {
                    // A worker keeps the arguments it has been sent: each case's go over once per worker process.
                    var (id, sent) = worker.CaseNumber(graded);
                    writer.Write(id);
                    writer.Write(!sent);
                    if (!sent) writer.Write(graded.ArgsJson);
                }
            });
            int answered = 0;
            try
            {
                while (answered < pending.Count)
                {
                    var outcome = worker.Read(spec.TimeLimitMs, compiled.Lines);
                    answered++;
                    next++;
                    // The worker drops the rest of a request after running out of memory: nothing more will come.
                    if (outcome is MemoryExceeded && worker.IsAlive) answered = pending.Count;
                    yield return outcome;
                    if (!worker.IsAlive) break; // the rest go to a fresh worker
                }
            }
            finally
            {
                if (answered < pending.Count && worker.IsAlive) worker.Abandon();
            }
        }
    }

    // Null when the script is loaded; otherwise what went wrong while loading it.
    RunOutcome? EnsureLoaded()
    {
        var (worker, fresh) = lease.Current();
        if (loaded && !fresh) return null;
        sentTo = worker;
        var outcome = worker.Send(writer =>
        {
            writer.Write(Protocol.Load);
            writer.Write(compiled.Image.Length);
            writer.Write(compiled.Image);
            writer.Write(compiled.ScriptClass);
        }, spec.TimeLimitMs, compiled.Lines);
        loaded = outcome is Returned;
        return loaded ? null : outcome;
    }

    /// <summary>
    /// Unloads the script and has the worker prove it idle. True when work the script queued was still running after its
    /// last case, or ended the worker after it: that worker is replaced, and the next submission never shares it.
    /// A worker the parent killed (a time limit) is not asked.
    /// </summary>
    public bool LeftWorkRunning() => sentTo is { } worker && (worker.ExitedUnasked || worker.IsAlive && !worker.ProveIdle());
}
