using Grader.Check;
using Grader.Compile;
namespace Grader.Report;

/// <summary>The one report model. Every writer formats these records; none computes a score.</summary>
public sealed record ClassReport(string AssignmentId, string Title, string GeneratedAt,
                                 IReadOnlyList<QuestionHeader> Questions, IReadOnlyList<StudentReport> Students)
{
    public double MaxScore => Questions.Where(q => !q.Manual).Sum(q => q.Points);
    public double ManualPoints => Questions.Where(q => q.Manual).Sum(q => q.Points);
}

public sealed record QuestionHeader(string Id, string Title, double Points, bool Manual);

/// <summary>
/// One student's result. Score and MaxScore count auto-graded points, and a manual question's once a TA scored it.
/// </summary>
public sealed record StudentReport(string Student, string Source, double Score, double MaxScore, IReadOnlyList<QuestionReport> Questions, IReadOnlyList<string> CompileErrors, string? Notice)
{
    /// <summary>Code the compile-time guard refused, even where the stub cost no points: the TA sees who tried what.</summary>
    public IReadOnlyList<Refusal> Refusals { get; init; } = [];

    /// <summary>What happened to the submission at a glance, decided in the Score stage.</summary>
    public StudentStatus Status { get; init; } = StudentStatus.Graded;

    /// <summary>
    /// What the student may see: every writer of a student-facing file formats this, never the report itself. A hidden
    /// case keeps only its verdict kind: any text it produced (an exception message, console output, a line, the first
    /// wrong element, a diagnosis) can carry its inputs.
    /// </summary>
    public StudentReport ForStudent() => this with { Questions = [.. Questions.Select(q => q with { Cases = [.. q.Cases.Select(c => c.ForStudent())] })] };
}


/// <summary>Score is null for a manual question until a TA grades it.</summary>
public sealed record QuestionReport(string Id, string Title, double? Score, double MaxScore, bool Manual, string Summary,
                                    Diagnose.Diagnosis? Diagnosis, string? Prompt, IReadOnlyList<CaseReport> Cases)
{
    /// <summary>The TA's comment on a question graded by hand (from their sheet: see Score.ManualSheet).</summary>
    public string? Comment { get; init; }
}

/// <summary>Diagnosis: the known mistake this case's wrong answer matches, if any.</summary>
public sealed record CaseReport(string Name, bool Public, double Score, double MaxScore, VerdictKind Verdict,
                                string Message, string? Output, Diagnose.Diagnosis? Diagnosis = null)
{
    public const string HiddenDetail = "hidden case: only the verdict is shown";

    public CaseReport ForStudent() => Public ? this : this with { Message = Verdict == VerdictKind.Passed ? "" : HiddenDetail, Output = null, Diagnosis = null };
}
