using System.Globalization;

namespace Grader.Assignments;

/// <summary>The one reading of a date and time the grader is given (a due date, a submission's time).</summary>
public static class IsoTime
{
    /// <summary>ISO 8601 with or without an offset (without one: UTC); null when the text is not such a time.</summary>
    public static DateTimeOffset? Parse(string text) =>
        DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
        && text.Trim().Length >= 10 && char.IsDigit(text.Trim()[0]) ? time : null;

    public static string Show(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
