using Grader.Assignments;
using Grader.Report;
using Newtonsoft.Json.Linq;

namespace Grader.Score;

/// <summary>When each student submitted, or every line of the input that is wrong.</summary>
public abstract record TimesOutcome
{
    private protected TimesOutcome() { }

    /// <summary>One function per case: a new case breaks every caller at compile time.</summary>
    public T Match<T>(Func<TimesRead, T> read, Func<TimesRejected, T> rejected) =>
#pragma warning disable CS8509 // closed by the private constructor, which the compiler cannot see
        this switch
        {
            TimesRead r => read(r),
            TimesRejected r => rejected(r),
        };
#pragma warning restore CS8509
}

public sealed record TimesRead(IReadOnlyDictionary<string, DateTimeOffset> Times) : TimesOutcome;
public sealed record TimesRejected(IReadOnlyList<string> Errors) : TimesOutcome;

/// <summary>
/// Submission times: a manifest CSV (student, submitted_at) for `grade`, or Gradescope's submission_metadata.json
/// (its created_at) for `autograde`. A wrong row is one error naming it; any such row rejects the file.
/// </summary>
public static class SubmissionTimes
{
    public static readonly IReadOnlyList<string> Columns = ["student", "submitted_at"];

    public static TimesOutcome ReadManifest(string name, string text)
    {
        var rows = CsvRecords.Read(text);
        if (rows.Count == 0 || !rows[0].Select(c => c.Trim()).Take(Columns.Count).SequenceEqual(Columns))
            return new TimesRejected([$"{name} row 1: the header must be {string.Join(",", Columns)}"]);
        var (times, errors) = (new Dictionary<string, DateTimeOffset>(), new List<string>());
        for (int i = 1; i < rows.Count; i++)
        {
            var cells = rows[i].Concat(["", ""]).Take(2).Select(c => c.Trim()).ToList();
            if (cells.All(c => c.Length == 0)) continue;
            string Where() => $"{name} row {i + 1} ({StudentText.Visible(cells[0])})";
            if (IsoTime.Parse(cells[1]) is not { } time)
                errors.Add($"{Where()}: '{StudentText.Visible(cells[1])}' is not an ISO 8601 time");
            else if (!times.TryAdd(cells[0], time)) errors.Add($"{Where()}: this student has a time on an earlier row");
        }
        return errors.Count > 0 ? new TimesRejected(errors) : new TimesRead(times);
    }

    /// <summary>Gradescope's submission_metadata.json: the submission's created_at, for the one student.</summary>
    public static TimesOutcome ReadGradescope(string name, string text, string student)
    {
        try
        {
            // Read as text: Newtonsoft's own date reading would drop the offset Gradescope writes.
            using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(text))
            {
                DateParseHandling = Newtonsoft.Json.DateParseHandling.None,
            };
            var created = JObject.Load(reader)["created_at"];
            if (created?.Type == JTokenType.String && IsoTime.Parse(created.Value<string>()!) is { } time)
                return new TimesRead(new Dictionary<string, DateTimeOffset> { [student] = time });
            return new TimesRejected([$"{name}: no created_at time"]);
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            return new TimesRejected([$"{name}: {e.Message}"]);
        }
    }
}
