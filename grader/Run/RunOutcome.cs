using Newtonsoft.Json.Linq;

namespace Grader.Run;

/// <summary>What happened when one case ran in a worker: a closed set.</summary>
public abstract record RunOutcome;
public sealed record Returned(JToken Value, string Output) : RunOutcome
{
    /// <summary>The 0-based positions of the arguments the call changed (looked for only when the question asks).</summary>
    public IReadOnlyList<int> Modified { get; init; } = [];
}
public sealed record Threw(string ExceptionType, string Message, int? Line, string Output) : RunOutcome;
public sealed record TimedOut(int LimitMs) : RunOutcome;
public sealed record Crashed(string Reason) : RunOutcome;
public sealed record MemoryExceeded(int LimitMb) : RunOutcome;
