namespace Grader.Run.Wire;

/// <summary>
/// How a worker process ended, told by its exit status alone: the last word of the protocol, for a worker that died
/// before (or instead of) a reply. The parent reads the status, never the worker's stderr, which is shown as text only.
/// </summary>
public enum WorkerExit
{
    /// <summary>The parent closed the request stream.</summary>
    ParentGone = 0,
    /// <summary>The request stream held something that is no request: whoever wrote it is not a parent.</summary>
    NotAParent = 2,
    /// <summary>
    /// The heap ran out where no reply could say so (or was held after one did): a fresh process is cheaper.
    /// </summary>
    OutOfMemory = 3,
    /// <summary>Work the submission queued was still running after its last case (the Dirty reply said so).</summary>
    Dirty = 4,
    /// <summary>
    /// An exception no case caught ended the process (thrown on a thread the submission's code queued).
    /// </summary>
    Unhandled = 5,
    /// <summary>
    /// 128 + SIGABRT, the runtime's abort. A stack overflow runs no managed code, so this is all it leaves: the worker
    /// turns every other death it can see into a code above, and student code may not call Environment.FailFast.
    /// </summary>
    Aborted = 128 + 6,
}
