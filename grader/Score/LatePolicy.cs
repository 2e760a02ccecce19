using Grader.Assignments;
using Grader.Report;

namespace Grader.Score;

/// <summary>
/// The assignment's late rule applied to one submission's time: on time at or before the due date; late after it,
/// losing Percent of the raw score per started day or hour, at most MaxPercent; after the late due date, 0.
/// </summary>
public static class LatePolicy
{
    /// <summary>Null when the assignment has no due date or the submission's time is not known.</summary>
    public static Lateness? Judge(AssignmentSpec spec, DateTimeOffset? submittedAt)
    {
        if (spec.DueDate is null || submittedAt is not { } at || IsoTime.Parse(spec.DueDate) is not { } due)
            return null;
        var late = at - due;
        if (late <= TimeSpan.Zero) return new Lateness(at, TimeSpan.Zero, 0, false);
        bool past = spec.LateDueDate is not null && IsoTime.Parse(spec.LateDueDate) is { } last && at > last;
        if (past || spec.LatePenalty is not { } rule) return new Lateness(at, late, past ? 100 : 0, past);
        var unit = rule.Per == "hour" ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1);
        long started = (late.Ticks + unit.Ticks - 1) / unit.Ticks;
        return new Lateness(at, late, Math.Min(rule.MaxPercent, started * rule.Percent), false);
    }
}
