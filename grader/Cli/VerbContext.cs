using Grader.Pipeline;

namespace Grader.Cli;

/// <summary>
/// What a run gives every verb from outside: the console a user reads, where MNIST is unless --mnist says, and the
/// clock reports are dated by (now, in UTC). Tests pass their own, so they see what a user sees.
/// </summary>
public sealed record VerbContext(Terminal Console, string Mnist, Func<DateTime> Clock)
{
    /// <summary>The pipeline on this console, its evaluators reading MNIST from <paramref name="mnist"/>.</summary>
    public Session Session(string mnist) => new(Console, mnist);

    /// <summary>The pipeline on this console and the run's MNIST folder.</summary>
    public Session Session() => Session(Mnist);
}
