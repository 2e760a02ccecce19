using System.Globalization;
using System.Text;

namespace Grader.Report;

/// <summary>
/// Final scores (auto-graded plus any manual points merged by `scores`) in the CSV layouts that Canvas and Moodle
/// import. Both match a student by an id the LMS knows, so submissions should be named by it: Canvas's SIS login id,
/// Moodle's ID number. Fields are escaped by StudentText.Csv like every CSV the grader writes.
/// </summary>
public static class GradebookExports
{
    public const string CanvasFile = "canvas-grades.csv", MoodleFile = "moodle-grades.csv";

    /// <summary>The columns Canvas's gradebook export has and its import reads, then one for this assignment.</summary>
    public static readonly IReadOnlyList<string> CanvasColumns =
        ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"];

    /// <summary>
    /// The user columns of Moodle's CSV grade export (its import takes the same layout), then the grade item.
    /// </summary>
    public static readonly IReadOnlyList<string> MoodleColumns =
        ["First name", "Last name", "ID number", "Institution", "Department", "Email address"];

    /// <summary>
    /// Canvas: a header row, then the "Points Possible" row its export writes second, then a row per student. A column
    /// named after no existing assignment becomes a new assignment on import.
    /// </summary>
    public static string Canvas(ClassReport report)
    {
        var csv = new StringBuilder();
        Row(csv, [.. CanvasColumns, report.Title]);
        Row(csv, ["Points Possible", "", "", "", "", Number(report.MaxScore + report.ManualPoints)]);
        foreach (var s in report.Students) Row(csv, [s.Student, "", "", s.Student, "", Number(s.Score)]);
        return csv.ToString();
    }

    /// <summary>Moodle: the export's layout, the student id as ID number (map it to useridnumber on import).</summary>
    public static string Moodle(ClassReport report)
    {
        var csv = new StringBuilder();
        Row(csv, [.. MoodleColumns, $"Assignment: {report.Title} (Real)"]);
        foreach (var s in report.Students) Row(csv, ["", "", s.Student, "", "", "", Number(s.Score)]);
        return csv.ToString();
    }

    static void Row(StringBuilder csv, IEnumerable<string> fields) =>
        csv.AppendLine(string.Join(",", fields.Select(StudentText.Csv)));

    static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
