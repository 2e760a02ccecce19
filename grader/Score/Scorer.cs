using Grader.Artifacts;
using Grader.Assignments;
using Grader.Check;
using Grader.Diagnose;
using Grader.Report;

namespace Grader.Score;

/// <summary>Stage 6, Score: equal partial credit per case, so a question's score is points × passed / cases.</summary>
public static class Scorer
{
    public static QuestionReport Score(QuestionSpec question,
                                       IReadOnlyList<(GradedCase Case, CaseVerdict Verdict)> results)
    {
        if (question.Manual)
            return new QuestionReport(question.Id, question.Title, null, question.Points, true, AwaitingTa, null,
                                      question.Prompt, []);
        double perCase = results.Count == 0 ? 0 : question.Points / results.Count;
        var cases = results.Select(r => Case(question.Id, r.Case, r.Verdict, perCase)).ToList();
        int passed = results.Count(r => r.Verdict.Kind == VerdictKind.Passed);
        var verdicts = results.Select(r => r.Verdict).ToList();
        return new QuestionReport(question.Id, question.Title, Round(passed * perCase), question.Points, false,
                                  Summary(passed, verdicts), MistakeDiagnoser.ForQuestion(verdicts), null, cases)
        {
            Function = question.Function,
        };
    }

    static CaseReport Case(string question, GradedCase graded, CaseVerdict verdict, double perCase)
    {
        var wrong = verdict.Match<WrongAnswer?>(passed: _ => null, wrongAnswer: w => w, didNotReturn: _ => null,
                                                notRun: _ => null);
        var earned = verdict.Kind == VerdictKind.Passed ? perCase : 0;
        return new CaseReport(graded.Name, graded.Public, earned, perCase, verdict.Kind, CaseJudge.Explain(verdict),
                              Output(verdict), wrong?.Diagnosis)
        {
            Values = new CaseValues(question, graded, wrong?.Actual, wrong?.At),
        };
    }

    /// <summary>A measured file earns points in proportion between the question's Zero and Full values.</summary>
    public static QuestionReport ScoreArtifact(QuestionSpec question, ArtifactOutcome outcome)
    {
        var artifact = question.Artifact!;
        var (fraction, message, verdict) = outcome.Match(
            measured: m =>
            {
                var part = Math.Clamp((m.Value - artifact.Zero) / (artifact.Full - artifact.Zero), 0, 1);
                return (part, $"{m.Description}; full marks from {artifact.Full:0.####}, "
                              + $"none at or below {artifact.Zero:0.####}",
                        part >= 1 ? VerdictKind.Passed : VerdictKind.BelowFullMarks);
            },
            rejected: r => (0.0, r.Reason, VerdictKind.NotRun));
        var score = Round(question.Points * fraction);
        var shown = verdict == VerdictKind.Passed ? "" : message;
        return new QuestionReport(question.Id, question.Title, score, question.Points, false, message, null, null,
                                  [new CaseReport(artifact.File, true, score, question.Points, verdict, shown, null)]);
    }

    public static StudentReport Student(string student, string source, IReadOnlyList<QuestionReport> questions,
                                       IReadOnlyList<string> compileErrors, string? notice) =>
        new(student, source, Round(questions.Sum(q => q.Score ?? 0)), MaxOf(questions), questions, compileErrors,
            notice);

    const string AwaitingTa = "awaiting a TA's score";

    // A manual question counts towards the maximum once it has a score, so a TA's points never exceed it.
    static double MaxOf(IEnumerable<QuestionReport> questions) =>
        questions.Where(q => !q.Manual || q.Score is not null).Sum(q => q.MaxScore);

    /// <summary>
    /// The TA's sheet is the whole truth for manual questions: each gets the sheet's points and comment, or goes back
    /// to
    /// awaiting a score when the sheet has none for it.
    /// </summary>
    public static StudentReport WithManualScores(StudentReport student, IReadOnlyDictionary<string, ManualScore> scores)
    {
        var questions = student.Questions.Select(q => !q.Manual ? q
            : scores.TryGetValue(q.Id, out var given)
                ? q with { Score = given.Points, Summary = "graded by a TA", Comment = given.Comment }
            : q with { Score = null, Summary = AwaitingTa, Comment = null }).ToList();
        return WithLateness(student with { Questions = questions, MaxScore = MaxOf(questions) }, student.Late);
    }

    /// <summary>
    /// The final score from the raw one (the questions' sum) and the submission's lateness: the penalty's percent taken
    /// off, or everything past the late due date. Applying it again (a resumed student, a new manifest) starts from the
    /// raw score and the on-time status, so it never compounds.
    /// </summary>
    public static StudentReport WithLateness(StudentReport student, Lateness? late)
    {
        var raw = Round(student.Questions.Sum(q => q.Score ?? 0));
        var onTime = student.Late?.OnTimeStatus ?? student.Status;
        if (late is null) return student with { Score = raw, Status = onTime, Late = null };
        return student with
        {
            Score = Round(raw * (1 - late.PenaltyPercent / 100)),
            Status = StatusOf.Lateness(onTime, late),
            Late = late with { RawScore = raw, OnTimeStatus = onTime },
        };
    }

    static string Summary(int passed, IReadOnlyList<CaseVerdict> verdicts)
    {
        var notRun = verdicts.Select(v => v.Match<NotRun?>(passed: _ => null, wrongAnswer: _ => null,
                                                          didNotReturn: _ => null, notRun: n => n)).ToList();
        if (notRun is [{ } first, ..] && notRun.All(n => n is not null)) return first.Reason;
        return $"{passed}/{verdicts.Count} cases passed";
    }

    static string? Output(CaseVerdict verdict) => verdict.Output.Length > 0 ? verdict.Output : null;

    public static double Round(double score) => Math.Round(score, 4, MidpointRounding.AwayFromZero);
}
