using Grader.Assignments;
using Grader.Check;

namespace Grader.Cases;

/// <summary>
/// Whether a question's cases can tell every known mistake from the answer key: at least one public case (so `check`
/// shows it) and two hidden cases (MistakeSpec.HiddenCasesNeeded; so grading does not rest on one) where the mistake's
/// answer differs from the expected one beyond the question's tolerance, the very comparison grading makes. Also: no
/// two cases of a question with the same arguments (a duplicate only doubles one case's weight), and no two mistakes
/// of a question with the same message (a report names a mistake by its message).
/// </summary>
public static class Separation
{
    public const int PublicNeeded = 1;

    /// <summary>One line per problem, naming the assignment, the question and the mistake or the cases.</summary>
    public static IEnumerable<string> Problems(AssignmentSpec spec, CaseFile publicCases, CaseFile hiddenCases)
    {
        foreach (var question in spec.Questions.Where(q => !q.Manual && q.Artifact is null))
        {
            var shown = publicCases.Questions.GetValueOrDefault(question.Id, []);
            var hidden = hiddenCases.Questions.GetValueOrDefault(question.Id, []);
            foreach (var same in shown.Concat(hidden).GroupBy(c => c.ArgsJson).Where(g => g.Count() > 1))
                yield return $"{spec.Id}/{question.Id}: cases {string.Join(", ", same.Select(c =>
                    $"'{c.Name}'"))} have the same arguments";
            foreach (var same in question.Mistakes.GroupBy(m => m.Message).Where(g => g.Count() > 1))
                yield return $"{spec.Id}/{question.Id}: mistakes {string.Join(", ", same.Select(m =>
                    $"'{m.Id}'"))} have the same message";
            foreach (var mistake in question.Mistakes)
            {
                int inPublic = shown.Count(c => TellsApart(c, mistake.Id, question.Tolerance));
                int inHidden = hidden.Count(c => TellsApart(c, mistake.Id, question.Tolerance));
                if (inPublic < PublicNeeded || inHidden < mistake.HiddenCasesNeeded)
                    yield return $"{spec.Id}/{question.Id}: mistake '{mistake.Id}' differs from the answer "
                                 + $"in {inPublic} public and {inHidden} hidden case(s); "
                                 + $"it needs {PublicNeeded} and {mistake.HiddenCasesNeeded}";
            }
        }
    }

    static bool TellsApart(GradedCase graded, string mistake, ToleranceSpec tolerance) =>
        graded.Mistakes.TryGetValue(mistake, out var value) && Tolerance.Compare(graded.Expected, value,
            tolerance) is Mismatch;
}
