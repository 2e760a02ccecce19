namespace Grader.Assignments;

/// <summary>
/// An assignment's cases by question id and case name: what a stored result's cases are read back against, since a
/// student's result.json keeps only what the student's own function returned (see Report.JsonWriter).
/// </summary>
public sealed class CaseBook(IReadOnlyDictionary<string, IReadOnlyList<GradedCase>> questions)
{
    // Two cases of a question with one name cannot be told apart: neither is found, so a stored result naming it is
    // not trusted (resume grades the student again).
    readonly Dictionary<(string, string), GradedCase> byName = questions
        .SelectMany(q => q.Value.Select(c => (Key: (q.Key, c.Name), Case: c)))
        .GroupBy(e => e.Key).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Case);

    public IReadOnlyDictionary<string, IReadOnlyList<GradedCase>> Questions { get; } = questions;

    public GradedCase? Find(string question, string name) => byName.GetValueOrDefault((question, name));
}
