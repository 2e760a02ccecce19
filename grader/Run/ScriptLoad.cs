namespace Grader.Run;

/// <summary>What loading a script into a worker came to: its top-level code ran to the end, or did not.</summary>
public abstract record ScriptLoad
{
    ScriptLoad() { }

    public sealed record Loaded : ScriptLoad;

    public sealed record Failed(RunOutcome Outcome) : ScriptLoad;

    public T Match<T>(Func<T> loaded, Func<RunOutcome, T> failed) =>
#pragma warning disable CS8509 // closed by the private constructor, which the compiler cannot see
        this switch
        {
            Loaded => loaded(),
            Failed m => failed(m.Outcome),
        };
#pragma warning restore CS8509
}
