namespace Grader.Run.Wire;

/// <summary>What reading one message from a stream gave: the message, or why there is none; never an exception.
/// </summary>
public abstract record Decoded<T>
{
    Decoded() { }

    public sealed record Message(T Value) : Decoded<T>;

    /// <summary>The stream ended between messages: the other side is gone.</summary>
    public sealed record Ended : Decoded<T>;

    /// <summary>The stream ended inside a message: the other side died while writing it.</summary>
    public sealed record Truncated : Decoded<T>;

    /// <summary>Bytes that are no message: an unknown kind, a length out of bounds.</summary>
    public sealed record Malformed(string Reason) : Decoded<T>;

    public TResult Match<TResult>(Func<T, TResult> message, Func<TResult> ended, Func<TResult> truncated,
        Func<string, TResult> malformed) =>
#pragma warning disable CS8509 // closed by the private constructor, which the compiler cannot see
        this switch
        {
            Message m => message(m.Value),
            Ended => ended(),
            Truncated => truncated(),
            Malformed m => malformed(m.Reason),
        };
#pragma warning restore CS8509
}
