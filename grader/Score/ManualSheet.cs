using System.Globalization;
using System.Text;
using Grader.Report;

namespace Grader.Score;

/// <summary>A TA's points for one manual question of one student, and their comment (empty when none).</summary>
public sealed record ManualScore(double Points, string? Comment);

/// <summary>Reading the TA's sheet: every score by student and question, or every row that is wrong.</summary>
public abstract record SheetOutcome
{
    private protected SheetOutcome() { }

    /// <summary>One function per case: a new case breaks every caller at compile time.</summary>
    public T Match<T>(Func<SheetRead, T> read, Func<SheetRejected, T> rejected) =>
#pragma warning disable CS8509 // closed by the private constructor, which the compiler cannot see
        this switch
        {
            SheetRead r => read(r),
            SheetRejected r => rejected(r),
        };
#pragma warning restore CS8509
}

public sealed record SheetRead(IReadOnlyDictionary<string, IReadOnlyDictionary<string, ManualScore>> Scores)
    : SheetOutcome;
public sealed record SheetRejected(IReadOnlyList<string> Errors) : SheetOutcome;

/// <summary>
/// manual-scores.csv (student, question, points, comment): the sheet a TA fills in from the template `grade` writes
/// (CsvWriter.ManualSheet). A row with blank points is not graded yet. A wrong row (unknown
/// student or question, points that are not a number between 0 and the question's maximum, a row given twice) is one
/// error naming its row; a sheet with any is not merged at all.
/// </summary>
public static class ManualSheet
{
    public const string FileName = "manual-scores.csv";
    static IReadOnlyList<string> Columns => CsvWriter.ManualColumns;

    /// <summary>Whether a sheet holds any points: `grade` never overwrites a TA's work with a blank template.</summary>
    public static bool HasPoints(string text) => Rows(text).Skip(1).Any(r => r.Count > 2 && r[2].Trim().Length > 0);

    public static SheetOutcome Read(string name, string text, ClassReport report)
    {
        var rows = Rows(text);
        if (rows.Count == 0 || !rows[0].Select(c => c.Trim()).Take(Columns.Count).SequenceEqual(Columns))
            return new SheetRejected([$"{name} row 1: the header must be {string.Join(",", Columns)}"]);
        var students = report.Students.ToDictionary(
            s => s.Student, s => s.Questions.Where(q => q.Manual).ToDictionary(q => q.Id, q => q.MaxScore));
        var errors = new List<string>();
        var scores = new Dictionary<string, Dictionary<string, ManualScore>>();
        for (int i = 1; i < rows.Count; i++)
        {
            var cells = rows[i].Concat(Enumerable.Repeat("", Columns.Count)).Take(Columns.Count)
                .Select(c => c.Trim()).ToList();
            if (cells.All(c => c.Length == 0)) continue;
            var (student, question, points, comment) =
                (Unquote(cells[0]), Unquote(cells[1]), cells[2], Unquote(cells[3]));
            string Where() => $"{name} row {i + 1} ({StudentText.Visible(student)}, {StudentText.Visible(question)})";
            if (!students.TryGetValue(student, out var manual))
            {
                errors.Add($"{Where()}: no student '{StudentText.Visible(student)}' in this class");
                continue;
            }
            if (!manual.TryGetValue(question, out var max))
            {
                errors.Add($"{Where()}: no question '{StudentText.Visible(question)}' graded by hand");
                continue;
            }
            if (points.Length == 0) continue;
            var note = comment.Length > 0 ? comment : null;
            if (!double.TryParse(points, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || !double.IsFinite(value))
                errors.Add($"{Where()}: points '{StudentText.Visible(points)}' is not a number");
            else if (value < 0 || value > max)
                errors.Add($"{Where()}: {Number(value)} points is outside 0 to the question's maximum {Number(max)}");
            else if (!scores.TryGetValue(student, out var given))
                scores[student] = new() { [question] = new(value, note) };
            else if (!given.TryAdd(question, new(value, note)))
                errors.Add($"{Where()}: this student and question have points on an earlier row");
        }
        return errors.Count > 0 ? new SheetRejected(errors)
            : new SheetRead(scores.ToDictionary(s => s.Key, s => (IReadOnlyDictionary<string, ManualScore>)s.Value));
    }

    // StudentText.Csv puts an apostrophe before a field a spreadsheet would take as a formula; reading takes it off.
    static string Unquote(string field) =>
        field.Length > 1 && field[0] == '\'' && field[1] is '=' or '+' or '-' or '@' ? field[1..] : field;

    static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    static List<List<string>> Rows(string text) => CsvRecords.Read(text);
}
