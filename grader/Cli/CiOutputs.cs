using System.CommandLine;
using System.Globalization;
using Grader.Report;

namespace Grader.Cli;

/// <summary>What CI asked a graded run for: a score gate (`grade --fail-under`).</summary>
public sealed record CiRequest(double? FailUnder = null)
{
    public static readonly CiRequest None = new();
}

/// <summary>The CI options of the verbs, read into a <see cref="CiRequest"/>, and what is done with it after grading.</summary>
public static class CiOutputs
{
    public static Option<double?> FailUnderOption() => new("--fail-under")
    {
        Description = "Exit 1 when any student scores below this percent of the auto-graded points (a CI gate)",
    };

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
