using System.CommandLine;
using System.Globalization;
using Grader.Pipeline;
using Grader.Report;

namespace Grader.Cli;

/// <summary>
/// What CI asked a graded run for: a score gate (`grade --fail-under`), a JUnit file, and GitHub Actions' step summary
/// and annotations (`--github`, or running under GitHub Actions).
/// </summary>
public sealed record CiRequest(double? FailUnder = null, string? JUnit = null, bool GitHub = false)
{
    public static readonly CiRequest None = new();
}

/// <summary>The CI options a verb takes, read into a <see cref="CiRequest"/>.</summary>
public sealed class CiOptions
{
    readonly Option<string?> junit = new("--junit")
    {
        Description = "Also write the results as JUnit XML to this file (hidden cases without values)",
    };
    readonly Option<bool> github = new("--github")
    {
        Description = "GitHub Actions step summary and ::error annotations (on by itself when GITHUB_ACTIONS=true)",
    };

    /// <summary>The options, in the order help lists them.</summary>
    public Option[] All => [junit, github];

    public CiRequest Read(ParseResult parse, double? failUnder = null) =>
        new(failUnder, parse.GetValue(junit),
            parse.GetValue(github) || Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true");
}

/// <summary>What is done with a <see cref="CiRequest"/> once a run is graded: files written, then the gate.</summary>
public static class CiOutputs
{
    public static Option<double?> FailUnderOption() => new("--fail-under")
    {
        Description = "Exit 1 when any student scores below this percent of the auto-graded points (a CI gate)",
    };

    /// <summary>
    /// Writes what was asked for; the exit code is 2 (one line) when a file cannot be written, else the gate's.
    /// <paramref name="perStudent"/>: a class (`grade`) rather than one submission (`check`);
    /// <paramref name="source"/>: where a student's submission is, for annotations.
    /// </summary>
    public static int Finish(Terminal console, ClassReport report, CiRequest ci, bool perStudent,
                             Func<StudentReport, string> source)
    {
        if (ci.GitHub)
            foreach (var student in report.Students)
            {
                var who = perStudent ? $"{student.Student}: " : "";
                foreach (var line in GitHubWriter.Annotations(student, WorkflowPath(source(student)), who))
                    console.Print(line);
            }
        var summary = ci.GitHub ? Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") : null;
        int written = WriteFiles(console,
                                 (ci.JUnit, file => ReportSet.Write(file, JUnitWriter.Write(report, perStudent))),
                                 (summary is { Length: > 0 } ? summary : null,
                                  file => AppendSummary(console, file, report)));
        return written != 0 ? written : Gate(console, report, ci.FailUnder);
    }

    /// <summary>Writes each file asked for (a null path: not asked); 2 after one line if one cannot be.</summary>
    public static int WriteFiles(Terminal console, params (string? Path, Action<string> Write)[] files)
    {
        foreach (var (path, write) in files.Where(f => f.Path is not null))
        {
            try
            {
                write(Path.GetFullPath(path!));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Fail($"{path} could not be written: {e.Message}");
                return 2;
            }
        }
        return 0;
    }

    // GitHub's limit is for the step's whole summary file: what earlier commands of the step wrote counts.
    static void AppendSummary(Terminal console, string file, ClassReport report)
    {
        long before = File.Exists(file) ? new FileInfo(file).Length : 0;
        int budget = GitHubWriter.SummaryLimitBytes - (int)Math.Min(GitHubWriter.SummaryLimitBytes, before);
        if (budget < 4096)
        {
            console.Say($"note: the step summary {file} is nearly full; the reports are not added to it");
            return;
        }
        File.AppendAllText(file, GitHubWriter.StepSummary(report, budget));
    }

    /// <summary>A path as a workflow names it: relative to the repository (GITHUB_WORKSPACE, else here).</summary>
    static string WorkflowPath(string path)
    {
        var root = Environment.GetEnvironmentVariable("GITHUB_WORKSPACE") is { Length: > 0 } workspace
            ? workspace : Environment.CurrentDirectory;
        return Path.GetRelativePath(root, Path.TrimEndingDirectorySeparator(Path.GetFullPath(path))).Replace('\\', '/');
    }

    /// <summary>
    /// Under GitHub, workflow commands are off while what a submission wrote or is named is printed (until disposed),
    /// so none of it is taken for a command.
    /// </summary>
    public static IDisposable Quoted(Terminal console, CiRequest ci) => new CommandsOff(console, ci.GitHub);

    sealed class CommandsOff : IDisposable
    {
        readonly Terminal console;
        readonly string? token;

        public CommandsOff(Terminal console, bool github)
        {
            this.console = console;
            if (!github) return;
            token = Guid.NewGuid().ToString("N");
            console.Print(GitHubWriter.StopCommands(token));
        }

        public void Dispose()
        {
            if (token is not null) console.Print(GitHubWriter.ResumeCommands(token));
        }
    }

    /// <summary>Exit code 1, with one line naming how many, when a student is below the gate; otherwise 0.</summary>
    public static int Gate(Terminal console, ClassReport report, double? failUnder)
    {
        if (failUnder is not { } percent) return 0;
        int below = report.Students.Count(s => s.Score < percent / 100 * s.MaxScore - 1e-9);
        if (below == 0) return 0;
        var threshold = percent.ToString("0.##", CultureInfo.InvariantCulture);
        console.Print($"{report.AssignmentId}: {below} of {report.Students.Count} students scored below "
                      + $"{threshold}% of {MarkdownWriter.Points(report.MaxScore)} points "
                      + $"(--fail-under {threshold})");
        return 1;
    }
}
