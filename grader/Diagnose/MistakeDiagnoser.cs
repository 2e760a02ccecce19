using Grader.Assignments;
using Grader.Check;
using Grader.Run;

namespace Grader.Diagnose;

/// <summary>
/// A wrong answer explained: the known mistake it matches (its id in assignment.json, what writers and `verify`
/// compare) and the message the student reads.
/// </summary>
public sealed record Diagnosis(string MistakeId, string Message);

/// <summary>
/// Stage 5, Diagnose mistakes: a wrong answer that equals (within tolerance) what a known mistake gives on the same
/// arguments is explained with that mistake; a question whose every wrong case shows the same mistake gets it as its
/// diagnosis.
/// </summary>
public static class MistakeDiagnoser
{
    public static Diagnosis? Recognise(GradedCase graded, Returned returned, QuestionSpec question) =>
        question.Mistakes.FirstOrDefault(m => graded.Mistakes.TryGetValue(m.Id, out var value)
                                              && !Newtonsoft.Json.Linq.JToken.DeepEquals(value, graded.Expected)
                                              && Tolerance.SameAsMistake(value, returned.Value, question.Tolerance))
            is { } mistake ? new Diagnosis(mistake.Id, mistake.Message) : null;

    public static Diagnosis? ForQuestion(IReadOnlyList<CaseVerdict> verdicts)
    {
        var wrong = verdicts.OfType<WrongAnswer>().ToList();
        if (wrong.Count == 0 || wrong.Count != verdicts.Count(v => v is not Passed)) return null;
        var first = wrong[0].Diagnosis;
        return first is not null && wrong.All(w => w.Diagnosis?.MistakeId == first.MistakeId) ? first : null;
    }
}
