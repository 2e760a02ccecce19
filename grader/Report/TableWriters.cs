using Grader.Check;
using System.Globalization;
using System.Text;

namespace Grader.Report;

/// <summary>
/// grades.csv, one row per student, for gradebooks: auto-graded question scores; manual ones left blank for the TA;
/// then what the compile-time guard refused ("line 3: reason; line 9: reason"), empty for most; the raw score and the
/// late penalty's percent (score is the final score); last, the status.
/// </summary>
public static class CsvWriter
{
    public static string Grades(ClassReport report)
    {
        var csv = new StringBuilder();
        var questions = report.Questions.Select(q => StudentText.Csv(q.Id));
        csv.AppendLine(string.Join(",", ["student", "score", "max_score", .. questions, "refused", "raw_score",
                                         "late_penalty_percent", "status"]));
        foreach (var s in report.Students)
            csv.AppendLine(string.Join(",", new[] { StudentText.Csv(s.Student), Number(s.Score), Number(s.MaxScore) }
                .Concat(s.Questions.Select(q => q.Score is { } v ? Number(v) : "")).Append(StudentText.Csv(Refused(s)))
                .Append(Number(s.RawScore)).Append(LateText.Percent(s)).Append(s.Status.Label())));
        return csv.ToString();
    }

    public static readonly IReadOnlyList<string> ManualColumns = ["student", "question", "points", "comment"];

    /// <summary>
    /// manual-scores.csv: a row per student and manual question, points and comment blank until a TA scores them (then
    /// the sheet as merged, so the file always says what the reports show).
    /// </summary>
    public static string ManualSheet(ClassReport report)
    {
        var csv = new StringBuilder().AppendLine(string.Join(",", ManualColumns));
        foreach (var s in report.Students)
            foreach (var q in s.Questions.Where(q => q.Manual))
                csv.AppendLine(string.Join(",", StudentText.Csv(s.Student), StudentText.Csv(q.Id),
                                           q.Score is { } v ? Number(v) : "", StudentText.Csv(q.Comment ?? "")));
        return csv.ToString();
    }

    static string Refused(StudentReport s) => string.Join("; ", s.Refusals.Select(r => $"{r.Where()}: {r.Reason}"));

    static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
