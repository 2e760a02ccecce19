using System.CommandLine;
using System.Globalization;
using Grader.Report;

namespace Grader.Cli;

/// <summary>What CI asked a graded run for: a score gate (`grade --fail-under`) and a JUnit file.</summary>
public sealed record CiRequest(double? FailUnder = null, string? JUnit = null)
{
    public static readonly CiRequest None = new();
}

/// <summary>The CI options a verb takes, read into a <see cref="CiRequest"/>.</summary>
public sealed class CiOptions
{
    readonly Option<string?> junit = new("--junit") { Description = "Also write the results as JUnit XML to this file (hidden cases without values)" };

    public void AddTo(Command command) => command.Add(junit);

    public CiRequest Read(ParseResult parse, double? failUnder = null) => new(failUnder, parse.GetValue(junit));
}

/// <summary>What is done with a <see cref="CiRequest"/> once a run is graded: the files written, then the gate.</summary>
public static class CiOutputs
{
    public static Option<double?> FailUnderOption() => new("--fail-under")
    {
        Description = "Exit 1 when any student scores below this percent of the auto-graded points (a CI gate)",
    };

    /// <summary>
    /// Writes what was asked for; the exit code is 2 (one line) when a file cannot be written, else the gate's.
    /// <paramref name="perStudent"/>: a class (`grade`) rather than one submission (`check`).
    /// </summary>
    public static int Finish(ClassReport report, CiRequest ci, bool perStudent)
    {
        try
        {
            if (ci.JUnit is { } junit) ReportSet.Write(Path.GetFullPath(junit), JUnitWriter.Write(report, perStudent));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Status.Error($"{ci.JUnit} could not be written: {e.Message}");
            return 2;
        }
        return Gate(report, ci.FailUnder);
    }

    /// <summary>Exit code 1, with one line naming how many, when a student is below the gate; otherwise 0.</summary>
    public static int Gate(ClassReport report, double? failUnder)
    {
        if (failUnder is not { } percent) return 0;
        int below = report.Students.Count(s => s.Score < percent / 100 * s.MaxScore - 1e-9);
        if (below == 0) return 0;
        var threshold = percent.ToString("0.##", CultureInfo.InvariantCulture);
        Console.WriteLine($"{report.AssignmentId}: {below} of {report.Students.Count} students scored below {threshold}% "
                          + $"of {MarkdownWriter.Points(report.MaxScore)} points (--fail-under {threshold})");
        return 1;
    }
}
