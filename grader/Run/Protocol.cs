namespace Grader.Run;

/// <summary>
/// The parent ↔ worker wire format over the worker's stdin/stdout: one kind byte, then BinaryWriter fields.
/// Load: image bytes, script class name → Ok | Threw. Call: method, parameter types, JSON arguments → Returned | Threw.
/// Unload → Ok. A new worker first says Ready, once warm, so its start-up never counts against a case's time.
/// Unload → Ok. Any request may also answer MemoryExceeded (after which the worker exits).
/// </summary>
public static class Protocol
{
    public const byte Load = 1, Call = 2, Unload = 3;
    public const byte Ready = 9, Ok = 10, Returned = 11, Threw = 12, MemoryExceeded = 13;
    /// <summary>Console output a student's code may leave per request; the rest is cut.</summary>
    public const int OutputLimit = 4096;
}
