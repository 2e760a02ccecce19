using Grader.Compile;
using System.Text;

namespace Grader.Report;

/// <summary>
/// GitHub Actions: the job's step summary (Markdown, the student-facing reports) and workflow-command annotations for
/// compile errors and refused code at the student's file and line. Student text is escaped by StudentText: Markdown in
/// the summary, GitHubData/GitHubProperty in a command.
/// </summary>
public static class GitHubWriter
{
    /// <summary>What GitHub accepts in one step's summary file.</summary>
    public const int SummaryLimitBytes = 1 << 20;

    /// <summary>
    /// Every student's report as the student sees it, as many as fit in <paramref name="budgetBytes"/> (UTF-8); the
    /// rest are named by count. A single report too large for the budget is cut at a line.
    /// </summary>
    public static string StepSummary(ClassReport report, int budgetBytes)
    {
        var summary = new StringBuilder();
        int shown = 0, used = 0;
        foreach (var student in report.Students)
        {
            var markdown = MarkdownWriter.Student(report, student) + "\n";
            int left = report.Students.Count - shown, bytes = Bytes(markdown);
            // Room is kept for the line naming how many are left out (this one included, to be safe).
            if (used + bytes + Bytes(Omitted(left)) > budgetBytes)
            {
                if (shown == 0)
                    summary.Append(Cut(markdown, budgetBytes - Bytes(Omitted(left)) - Bytes(Truncated)) + Truncated);
                summary.Append(Omitted(left - (shown == 0 ? 1 : 0)));
                return summary.ToString();
            }
            summary.Append(markdown);
            used += bytes;
            shown++;
        }
        return summary.ToString();
    }

    const string Truncated = "\n_This report is cut here: a step summary holds at most 1 MiB._\n";

    static string Omitted(int count) => count <= 0 ? ""
        : $"\n_{count} more {(count == 1 ? "report is" : "reports are")} not shown: "
          + "a step summary holds at most 1 MiB._\n";

    static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    // The longest run of whole lines that fits.
    static string Cut(string markdown, int budgetBytes)
    {
        int end = 0, used = 0;
        for (int next = markdown.IndexOf('\n'); next >= 0; next = markdown.IndexOf('\n', next + 1))
        {
            used += Encoding.UTF8.GetByteCount(markdown.AsSpan(end, next + 1 - end));
            if (used > budgetBytes) break;
            end = next + 1;
        }
        return markdown[..end];
    }

    /// <summary>
    /// An `::error` command per compile error and refused use with a place in the student's code.
    /// <paramref name="file"/> is the submission as the workflow names it (relative to the repository): the script, or
    /// the folder whose file the message names. <paramref name="who"/> prefixes the title when a run grades a class.
    /// </summary>
    public static IEnumerable<string> Annotations(StudentReport student, string file, string who = "")
    {
        foreach (var error in student.CompileErrors)
        {
            if (CompileMessage.Parse(error) is not { Line: { } line } message) continue;
            bool refused = student.Refusals.Any(r => r == new Refusal(message.File, line, message.Text));
            var path = message.File is null ? file : $"{file}/{message.File}";
            yield return Command(path, line, message.Column, $"{who}{(refused ? "refused code" : "compile error")}",
                                 refused ? message.Text : $"{message.Id}: {message.Text}");
        }
        // A use only the compiled code shows (the Monitor calls of a `lock`) has no line: the file is named.
        foreach (var refusal in student.Refusals.Where(r => r.Line is null))
        {
            var path = refusal.File is null ? file : $"{file}/{refusal.File}";
            yield return Command(path, null, null, $"{who}refused code", refusal.Reason);
        }
    }

    static string Command(string file, int? line, int? column, string title, string message)
    {
        var properties = new List<string> { $"file={StudentText.GitHubProperty(file)}" };
        if (line is { } l) properties.Add($"line={l}");
        if (column is { } c) properties.Add($"col={c}");
        properties.Add($"title={StudentText.GitHubProperty(title)}");
        return $"::error {string.Join(",", properties)}::{StudentText.GitHubData(message)}";
    }

    /// <summary>
    /// Workflow commands off until <see cref="ResumeCommands"/> with the same token: what a submission printed or named
    /// (a line starting with `::`, or `##[` anywhere, which older runners read too) is then shown, never run.
    /// </summary>
    public static string StopCommands(string token) => $"::stop-commands::{token}";

    public static string ResumeCommands(string token) => $"::{token}::";
}
