using Grader.Assignments;
using Grader.Check;
using Grader.Run;

namespace Grader.Diagnose;

/// <summary>
/// Stage 5, Diagnose mistakes: a wrong answer that equals (within tolerance) what a known mistake gives on the same
/// arguments is explained with that mistake's message; a question whose every wrong case shows the same mistake gets
/// that message as its diagnosis.
/// </summary>
public static class MistakeDiagnoser
{
    public static string? Recognise(GradedCase graded, Returned returned, QuestionSpec question) =>
        question.Mistakes.FirstOrDefault(m => graded.Mistakes.TryGetValue(m.Id, out var value)
                                              && !Newtonsoft.Json.Linq.JToken.DeepEquals(value, graded.Expected)
                                              && Tolerance.SameAsMistake(value, returned.Value, question.Tolerance))?.Message;

    public static string? ForQuestion(IReadOnlyList<CaseVerdict> verdicts)
    {
        var wrong = verdicts.OfType<WrongAnswer>().ToList();
        if (wrong.Count == 0 || wrong.Count != verdicts.Count(v => v is not Passed)) return null;
        var first = wrong[0].Diagnosis;
        return first is not null && wrong.All(w => w.Diagnosis == first) ? first : null;
    }
}
