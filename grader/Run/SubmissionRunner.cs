using Grader.Assignments;
using Grader.Compile;
using Grader.Run.Wire;
using Newtonsoft.Json;
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

    /// <summary>Whether the script's own top-level code ran to the end.</summary>
    public ScriptLoad LoadScript() =>
        EnsureLoaded() is { } failed ? new ScriptLoad.Failed(failed) : new ScriptLoad.Loaded();

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
            // A worker keeps the arguments it has been sent: each case's go over once per worker process. Its replies
            // come one by one, each on its own clock.
            worker.Write(new Request.CallMany(function.Method, function.ParameterTypes, argumentsReadOnly,
                [.. pending.Select(graded => Call(worker, graded))]));
            int answered = 0;
            try
            {
                while (answered < pending.Count)
                {
                    var outcome = worker.Read(spec.TimeLimitMs)
                        .Match(said: reply => CaseOutcome(worker, reply), lost: lost => lost);
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

    static CaseCall Call(WorkerProcess worker, GradedCase graded)
    {
        var (id, sent) = worker.CaseNumber(graded);
        return new CaseCall(id, sent ? null : graded.ArgsJson);
    }

    // Null when the script is loaded; otherwise what went wrong while loading it.
    RunOutcome? EnsureLoaded()
    {
        var (worker, fresh) = lease.Current();
        if (loaded && !fresh) return null;
        sentTo = worker;
        var failure = worker.Ask(new Request.Load(compiled.Image, compiled.ScriptClass), spec.TimeLimitMs).Match(
            said: reply => reply is Reply.Loaded ? null : CaseOutcome(worker, reply),
            lost: lost => lost);
        loaded = failure is null;
        return failure;
    }

    // What a reply to a Load or a call means for it. Loaded (taken by EnsureLoaded before this), Ready (said once,
    // before any request), Idle and Dirty (answers to Quiesce) never answer a call: such a reply, or a value that is
    // not JSON, means the worker is out of step with the parent, so it is stopped, and IsAlive tells the truth at once.
    RunOutcome CaseOutcome(WorkerProcess worker, Reply reply) => reply.Match(
        ready: _ => OutOfStep(worker, reply),
        loaded: _ => OutOfStep(worker, reply),
        returned: m => JsonValue(m.ValueJson) is { } value
            ? new Returned(value, m.Output) { Modified = m.Modified }
            : worker.Stop(new Crashed("the worker returned a value that is not JSON")),
        // Finding the line may compile the script again: never on the case's clock.
        threw: m => new Threw(m.ExceptionType, m.Message, compiled.Lines.LineOf(m.Frames), m.Output),
        memoryExceeded: m => m.Freed ? new MemoryExceeded(worker.MemoryLimitMb)
                                     : worker.Stop(new MemoryExceeded(worker.MemoryLimitMb)),
        stackOverflow: _ => new Crashed(WorkerProcess.StackOverflow),
        idle: _ => OutOfStep(worker, reply),
        dirty: _ => OutOfStep(worker, reply));

    static RunOutcome OutOfStep(WorkerProcess worker, Reply reply) =>
        worker.Stop(new Crashed($"the worker answered out of turn ({reply.GetType().Name})"));

    static JToken? JsonValue(string json)
    {
        try { return JToken.Parse(json); }
        catch (JsonReaderException) { return null; }
    }

    /// <summary>
    /// Unloads the script and has the worker prove it idle. True when work the script queued was still running after
    /// its
    /// last case, or ended the worker after it: that worker is replaced, and the next submission never shares it.
    /// A worker the parent killed (a time limit) is not asked.
    /// </summary>
    public bool LeftWorkRunning() =>
        sentTo is { } worker && (worker.ExitedUnasked || worker.IsAlive && !worker.ProveIdle());
}
