namespace Grader.Run;

/// <summary>
/// The parent ↔ worker wire format over the worker's stdin/stdout: one kind byte, then BinaryWriter fields.
/// Load: image bytes, script class name → Ok | Threw (type, message, the script's stack frames as "token:offset;…", output).
/// CallMany: method, parameter types, whether to report changed arguments, count, then per case its number, a flag, and when the flag is true (the first time
/// this worker process gets that case) its JSON argument list → one reply per case, in order, each
/// flushed as soon as it is ready (so every case keeps its own time limit while the parent judges the one before).
/// Quiesce: unloads the submission and proves the worker idle (Quiescence) → Ok, or Dirty and the worker exits.
/// A new worker first says Ready, once warm, so its start-up never counts against a case's time.
/// A case that returned answers Returned: its value as JSON, its console output, the changed arguments' positions.
/// Any request may also answer MemoryExceeded: then a flag, true when the worker freed the memory again and stays up.
/// After a MemoryExceeded case the rest of its CallMany is dropped unanswered.
/// A case may answer StackOverflow: runaway recursion stopped by the stack checks, the worker stays up.
/// </summary>
public static class Protocol
{
    public const byte Load = 1, Quiesce = 3, CallMany = 4;
    public const byte Ready = 9, Ok = 10, Returned = 11, Threw = 12, MemoryExceeded = 13, StackOverflow = 14, Dirty = 15;
    /// <summary>Console output a student's code may leave per request; the rest is cut.</summary>
    public const int OutputLimit = 4096;
}
