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
            new WrongAnswer($"changed its {Ordinal(first + 1)} argument: the statement asks for new values and the caller's "
                            + "must stay as they were (copy it first, e.g. `(double[])x.Clone()`)", null)
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
