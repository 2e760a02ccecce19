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

    static CaseVerdict Verdict(GradedCase graded, RunOutcome outcome, QuestionSpec question) => outcome.Match(
        returned: returned => Answer(graded, returned, question),
        threw: _ => new DidNotReturn(outcome),
        timedOut: _ => new DidNotReturn(outcome),
        crashed: _ => new DidNotReturn(outcome),
        memoryExceeded: _ => new DidNotReturn(outcome));

    // A returned value: wrong when it changed an argument the question keeps read-only, else as Tolerance compares it.
    static CaseVerdict Answer(GradedCase graded, Returned returned, QuestionSpec question)
    {
        if (returned.Modified is [var first, ..] && question.Function is { ArgumentsReadOnly: true } function)
            return new WrongAnswer(ChangedArgument(first, function.Parameters.ElementAtOrDefault(first)), null)
            {
                Actual = returned.Value,
            };
        return Tolerance.Compare(graded.Expected, returned.Value, question.Tolerance).Match<CaseVerdict>(
            match: _ => new Passed(),
            mismatch: mismatch => new WrongAnswer(mismatch.Message,
                                                  Diagnose.MistakeDiagnoser.Recognise(graded, returned, question))
            {
                Actual = returned.Value, At = mismatch.At,
            });
    }

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
               + "are still the caller's arrays, so copy each one too "
               + $"(e.g. `x.Select(a => ({element})a.Clone()).ToArray()`)";
    }

    static string Ordinal(int n) => n switch { 1 => "1st", 2 => "2nd", 3 => "3rd", _ => $"{n}th" };

    /// <summary>One line a student can act on, for any outcome that is not a pass.</summary>
    public static string Explain(CaseVerdict verdict) => verdict.Match(
        passed: _ => "",
        wrongAnswer: wrong => wrong.Message,
        notRun: notRun => notRun.Reason,
        didNotReturn: d => d.Outcome.Match(
            // Never wrapped (Judge judges a returned value); its kind says "crashed", and so does its line.
            returned: _ => verdict.Label,
            threw: t => $"{t.ExceptionType}: {t.Message}{(t.Line is { } line ? $" (line {line})" : "")}",
            timedOut: t => $"did not finish within {t.LimitMs} ms (an infinite loop?)",
            memoryExceeded: m => $"used more than {m.LimitMb} MB of memory",
            crashed: c => $"crashed: {c.Reason}"));
}
