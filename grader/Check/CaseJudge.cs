using Grader.Assignments;
using Grader.Run;

namespace Grader.Check;

/// <summary>Stage 4, Check against reference: turns what a case returned into a verdict.</summary>
public static class CaseJudge
{
    public static CaseVerdict Judge(GradedCase graded, RunOutcome outcome, QuestionSpec question) =>
        Verdict(graded, outcome, question) with
        {
            // What the code printed, kept for every case: the student's own clue, passed or not.
            Output = outcome.Match(returned: r => r.Output, threw: t => t.Output, timedOut: _ => "",
                                   crashed: _ => "", memoryExceeded: _ => ""),
        };

    static CaseVerdict Verdict(GradedCase graded, RunOutcome outcome, QuestionSpec question) => outcome switch
    {
        Returned { Modified: [var first, ..] } changed when question.Function?.ArgumentsReadOnly == true =>
            new WrongAnswer(ChangedArgument(first, question.Function.Parameters.ElementAtOrDefault(first)), null)
            {
                Actual = changed.Value,
            },
        Returned returned => Tolerance.Compare(graded.Expected, returned.Value, question.Tolerance) switch
        {
            Mismatch mismatch => new WrongAnswer(mismatch.Message,
                                                 Diagnose.MistakeDiagnoser.Recognise(graded, returned, question))
            {
                Actual = returned.Value, At = mismatch.At,
            },
            _ => new Passed(),
        },
        _ => new DidNotReturn(outcome),
    };

    /// <summary>The message for an answer that changed the argument at 0-based `position`, of C# type `type`.</summary>
    public static string ChangedArgument(int position, string? type)
    {
        var start = $"changed its {Ordinal(position + 1)} argument: the statement asks for new values and the caller's "
                    + "must stay as they were";
        // Clone() of an array of arrays copies only the outer array: the most common way to still change the caller's.
        int outer = type?.IndexOf("[]", StringComparison.Ordinal) ?? -1;
        if (outer < 0 || outer + 2 >= type!.Length || type[outer + 2] != '[')
            return start + " (copy it first, e.g. `(double[])x.Clone()`)";
        var element = type.Remove(outer, 2);
        return start + $"; `Clone()` of a `{type}` is shallow: it copies the outer array only, and its elements "
               + $"are still the caller's arrays, so copy each one too (e.g. `x.Select(a => ({element})a.Clone()).ToArray()`)";
    }

    static string Ordinal(int n) => n switch { 1 => "1st", 2 => "2nd", 3 => "3rd", _ => $"{n}th" };

    /// <summary>One line a student can act on, for any outcome that is not a pass.</summary>
    public static string Explain(CaseVerdict verdict) => verdict switch
    {
        Passed => "",
        WrongAnswer wrong => wrong.Message,
        NotRun notRun => notRun.Reason,
        DidNotReturn { Outcome: Threw t } => $"{t.ExceptionType}: {t.Message}{(t.Line is { } line ? $" (line {line})" : "")}",
        DidNotReturn { Outcome: TimedOut t } => $"did not finish within {t.LimitMs} ms (an infinite loop?)",
        DidNotReturn { Outcome: MemoryExceeded m } => $"used more than {m.LimitMb} MB of memory",
        DidNotReturn { Outcome: Crashed c } => $"crashed: {c.Reason}",
        _ => verdict.Label,
    };
}
