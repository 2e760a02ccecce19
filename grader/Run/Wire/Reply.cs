using Grader.Compile;

namespace Grader.Run.Wire;

/// <summary>What a worker answers: a closed set (the private constructor keeps it so).</summary>
public abstract record Reply
{
    Reply() { }

    /// <summary>A new worker's first words, once warm: its start-up never counts against a case's time.</summary>
    public sealed record Ready : Reply;

    /// <summary>The script's top-level code ran to the end.</summary>
    public sealed record Loaded(string Output) : Reply;

    /// <summary>A case returned: its value as JSON, its console output, which arguments it changed.</summary>
    public sealed record Returned(string ValueJson, string Output, IReadOnlyList<int> Modified) : Reply;

    /// <summary>The script threw; <paramref name="Frames"/> are its own stack frames, innermost first.</summary>
    public sealed record Threw(string ExceptionType, string Message, IReadOnlyList<CodeOffset> Frames, string Output)
        : Reply;

    /// <summary>Out of memory; <paramref name="Freed"/> when the worker got its heap back and stays up.</summary>
    public sealed record MemoryExceeded(bool Freed) : Reply;

    /// <summary>Runaway recursion, stopped by the stack checks; the worker stays up.</summary>
    public sealed record StackOverflow : Reply;

    /// <summary>The submission is unloaded and nothing it started can still run.</summary>
    public sealed record Idle : Reply;

    /// <summary>Work the submission queued was still running: the worker ends after saying so.</summary>
    public sealed record Dirty : Reply;

    /// <summary>Every consumer handles every kind of reply: a new kind breaks each call until handled.</summary>
    public T Match<T>(Func<Ready, T> ready, Func<Loaded, T> loaded, Func<Returned, T> returned, Func<Threw, T> threw,
        Func<MemoryExceeded, T> memoryExceeded, Func<StackOverflow, T> stackOverflow, Func<Idle, T> idle,
        Func<Dirty, T> dirty) =>
#pragma warning disable CS8509 // closed by the private constructor, which the compiler cannot see
        this switch
        {
            Ready m => ready(m),
            Loaded m => loaded(m),
            Returned m => returned(m),
            Threw m => threw(m),
            MemoryExceeded m => memoryExceeded(m),
            StackOverflow m => stackOverflow(m),
            Idle m => idle(m),
            Dirty m => dirty(m),
        };
#pragma warning restore CS8509
}
