namespace Grader.Cli;

/// <summary>Plain progress and error lines on stderr, so stdout stays clean for what a verb prints as its result.</summary>
public static class Status
{
    public static void Error(string message) => Console.Error.WriteLine($"error: {message}");

    public static void Line(string message) => Console.Error.WriteLine(message);
}
