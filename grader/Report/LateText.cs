using System.Globalization;

namespace Grader.Report;

/// <summary>What a report says of a submission's time: raw score, penalty and final score, in plain words.</summary>
public static class LateText
{
    /// <summary>Null when the submission's time is not known or there is no due date.</summary>
    public static string? Of(StudentReport student) => student.Late switch
    {
        null => null,
        { PastLateDue: true } late => $"Submitted {Time(late)}, after the late due date: "
                                      + $"it scores 0 (raw score {Points(late.RawScore)}).",
        { IsLate: true } late => $"Submitted {Time(late)}, {Duration(late.Late)} late: "
                                 + $"raw score {Points(late.RawScore)}, late penalty {Points(late.PenaltyPercent)}% "
                                 + $"(−{Points(late.RawScore - student.Score)}), final score {Points(student.Score)}.",
        var late => $"Submitted {Time(late)}, on time.",
    };

    static string Time(Lateness late) => Assignments.IsoTime.Show(late.SubmittedAt);

    /// <summary>"2 d 3 h 5 min", "1 d 1 s": every unit that is not zero (a second past a day is not "1 d").</summary>
    public static string Duration(TimeSpan late)
    {
        var parts = new[] { (late.Days, "d"), (late.Hours, "h"), (late.Minutes, "min"), (late.Seconds, "s") }
            .Where(p => p.Item1 > 0).Select(p => $"{p.Item1} {p.Item2}").ToList();
        return parts.Count > 0 ? string.Join(" ", parts) : "less than 1 s";
    }

    static string Points(double value) => MarkdownWriter.Points(value);

    /// <summary>The summary's score cell of a late student: "7.2 (raw 9, −20%)".</summary>
    public static string Cell(StudentReport s) => s.Late is { IsLate: true } late
        ? $"{Points(s.Score)} (raw {Points(late.RawScore)}, −{Points(late.PenaltyPercent)}%)"
        : Points(s.Score);

    public static string Percent(StudentReport s) =>
        (s.Late?.PenaltyPercent ?? 0).ToString("0.####", CultureInfo.InvariantCulture);
}
