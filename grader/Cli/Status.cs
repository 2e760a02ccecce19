using Grader.Run;

namespace Grader.Cli;

/// <summary>
/// Plain progress and error lines on stderr, so stdout stays clean for what a verb prints as its result. A line may
/// quote a student's file name: control and escape characters in it are shown, never interpreted.
/// </summary>
public static class Status
{
    static int sandboxNoticeShown;

    public static void Error(string message) => Line($"error: {message}");

    public static void Line(string message) => Console.Error.WriteLine(Report.StudentText.Terminal(message));

    /// <summary>Said once per run when workers cannot be sandboxed: grading still works, with the compile-time guard only.</summary>
    public static void SandboxNotice()
    {
        if (Sandbox.Unavailable is { } why && Interlocked.Exchange(ref sandboxNoticeShown, 1) == 0)
            Line($"note: the OS sandbox is off ({why}); install the Debian package bubblewrap to turn it on. The compile-time guard still applies.");
    }
}
