using Grader.Check;
namespace Grader.Report;

/// <summary>
/// One submission as course platforms list it (Gradescope, PrairieLearn): a test per case of every auto-graded
/// question, numbered question.case, with the text a student may see. Built from
/// <see cref="StudentReport.ForStudent"/>, so a hidden case carries its name and verdict kind only.
/// </summary>
public sealed record PlatformCase(string Number, string Name, string Question, CaseReport Case, string Text)
{
    public bool Passed => Case.Verdict == VerdictKind.Passed;

    /// <param name="listHidden">Gradescope lists every hidden case, and hides it itself per its visibility.</param>
    public static IReadOnlyList<PlatformCase> Of(StudentReport student, bool listHidden = true) =>
        [.. student.ForStudent(listHidden).Questions.Where(q => !q.Manual).SelectMany((q, i) => q.Cases.Select((c, j) =>
            new PlatformCase($"{i + 1}.{j + 1}", $"{q.Id}: {c.Name}{(c.Public ? "" : " (hidden)")}", q.Title, c,
                             Describe(q, c))))];

    static string Describe(QuestionReport q, CaseReport c)
    {
        var likely = c.Diagnosis ?? (c.Verdict == VerdictKind.Passed ? null : q.Diagnosis);
        return string.Join("\n", new[]
        {
            c.Message.Length > 0 ? $"{c.Verdict.Label()}: {c.Message}" : c.Verdict.Label(),
            likely is null ? null : $"Likely mistake: {likely.Message}",
        }.OfType<string>().Concat(Feedback(q, c)));
    }

    // What the student's report shows below the case (inputs, first difference, the call, console output), as text.
    static IEnumerable<string> Feedback(QuestionReport q, CaseReport c) =>
        CaseFeedback.Sections(q, c, Audience.Student).Select(s => $"{s.Label}:\n{s.Text}");

    /// <summary>What is said of the whole submission: score, hand-graded points, a notice, compile errors.</summary>
    public static string Summary(ClassReport report, StudentReport student) => string.Join("\n", new[]
    {
        $"{MarkdownWriter.Points(student.Score)} / {MarkdownWriter.Points(student.MaxScore)} points "
        + "on the auto-graded questions"
        + (report.ManualPoints > 0 ? $" (+ {MarkdownWriter.Points(report.ManualPoints)} points graded by hand)." : "."),
        LateText.Of(student),
        student.Notice,
        student.CompileErrors.Count > 0 ? "Compile errors:\n" + string.Join("\n", student.CompileErrors) : null,
    }.OfType<string>());
}
