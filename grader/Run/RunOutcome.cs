using Grader.Compile;
using Newtonsoft.Json.Linq;

namespace Grader.Run;

/// <summary>What happened when one case ran in a worker: a closed set (see Match).</summary>
public abstract record RunOutcome
{
    private protected RunOutcome() { }

    /// <summary>One function per case: a new case breaks every caller at compile time.</summary>
    public T Match<T>(Func<Returned, T> returned, Func<Threw, T> threw, Func<TimedOut, T> timedOut,
                      Func<Crashed, T> crashed, Func<MemoryExceeded, T> memoryExceeded) =>
#pragma warning disable CS8509 // closed by the private constructor, which the compiler cannot see
        this switch
        {
            Returned r => returned(r),
            Threw t => threw(t),
            TimedOut t => timedOut(t),
            Crashed c => crashed(c),
            MemoryExceeded m => memoryExceeded(m),
        };
#pragma warning restore CS8509
}

public sealed record Returned(JToken Value, string Output) : RunOutcome
{
    /// <summary>The 0-based positions of the arguments the call
    /// changed (looked for only when the question asks).</summary>
    public IReadOnlyList<int> Modified { get; init; } = [];
}
public sealed record Threw(string ExceptionType, string Message, SourcePlace? Where, string Output) : RunOutcome;
public sealed record TimedOut(int LimitMs) : RunOutcome;
public sealed record Crashed(string Reason) : RunOutcome;
public sealed record MemoryExceeded(int LimitMb) : RunOutcome;
