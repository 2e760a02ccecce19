using Grader.Run.Wire;

namespace Grader.Run;

/// <summary>What the parent got when it waited for a worker's next reply.</summary>
public abstract record Heard
{
    Heard() { }

    public sealed record Said(Reply Reply) : Heard;

    /// <summary>No reply: the worker overran its time, died, or wrote nonsense, and is stopped.</summary>
    public sealed record Lost(RunOutcome Outcome) : Heard;

    public T Match<T>(Func<Reply, T> said, Func<RunOutcome, T> lost) =>
#pragma warning disable CS8509 // closed by the private constructor, which the compiler cannot see
        this switch
        {
            Said m => said(m.Reply),
            Lost m => lost(m.Outcome),
        };
#pragma warning restore CS8509
}
