namespace Grader.Run.Wire;

/// <summary>What the parent asks a worker: a closed set (the private constructor keeps it so).</summary>
public abstract record Request
{
    Request() { }

    /// <summary>Load a compiled script (its image, the class Roslyn put it in) and run its top-level code.</summary>
    public sealed record Load(byte[] Image, string ScriptClass) : Request;

    /// <summary>
    /// Call one method on several cases, one reply per case, in order; with <paramref name="ReportModified"/>, each
    /// reply says which arguments the call changed.
    /// </summary>
    public sealed record CallMany(string Method, IReadOnlyList<string> ParameterTypes, bool ReportModified,
        IReadOnlyList<CaseCall> Cases) : Request;

    /// <summary>Unload the submission and prove that nothing it started can still run.</summary>
    public sealed record Quiesce : Request;

    /// <summary>Every consumer handles every kind of request: a new kind breaks each call until handled.</summary>
    public T Match<T>(Func<Load, T> load, Func<CallMany, T> callMany, Func<Quiesce, T> quiesce) =>
#pragma warning disable CS8509 // closed by the private constructor, which the compiler cannot see
        this switch
        {
            Load m => load(m),
            CallMany m => callMany(m),
            Quiesce m => quiesce(m),
        };
#pragma warning restore CS8509
}

/// <summary>
/// One case of a CallMany: its number in this worker process, and its arguments as a JSON list the first time this
/// process gets the case (null after that: the worker keeps them).
/// </summary>
public sealed record CaseCall(int Number, string? ArgumentsJson);
