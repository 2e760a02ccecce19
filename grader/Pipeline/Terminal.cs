using Grader.Report;
using Grader.Run;

namespace Grader.Pipeline;

/// <summary>
/// What a user sees: a verb's result on <see cref="Out"/>, progress and errors on <see cref="Error"/> (so stdout stays
/// clean for the result). A line may quote a student's file name: control and escape characters in it are shown,
/// never interpreted. Passed to every verb, so a test can read exactly what a user would.
/// </summary>
public sealed class Terminal(TextWriter output, TextWriter error)
{
    int sandboxNoticeShown;

    /// <summary>The process's own console, as it is when the verb starts.</summary>
    public static Terminal System() => new(Console.Out, Console.Error);

    public TextWriter Out => output;
    public TextWriter Error => error;

    /// <summary>Whether progress may be drawn live: stderr is the process's terminal, not a file or a test.</summary>
    public bool Live => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected
                        && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 };

    /// <summary>A line of the verb's result (stdout).</summary>
    public void Print(string line) => output.WriteLine(line);

    public void Say(string message) => error.WriteLine(StudentText.Terminal(message));

    public void Fail(string message) => Say($"error: {message}");

    /// <summary>Said once when workers cannot be sandboxed: grading still works, with the compile-time guard only.
    /// </summary>
    public void SandboxNotice()
    {
        if (Sandbox.Unavailable is { } why && Interlocked.Exchange(ref sandboxNoticeShown, 1) == 0)
            Say($"note: the OS sandbox is off ({why}); install the Debian package bubblewrap to turn it on. "
                + "The compile-time guard still applies.");
    }
}
