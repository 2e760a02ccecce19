using Grader.Assignments;
using Grader.Check;
using Grader.Compile;
using Newtonsoft.Json.Linq;
namespace Grader.Report;

/// <summary>The one report model. Every writer formats these records; none computes a score.</summary>
public sealed record ClassReport(string AssignmentId, string Title, string GeneratedAt,
                                 IReadOnlyList<QuestionHeader> Questions, IReadOnlyList<StudentReport> Students)
{
    /// <summary>
    /// Whether a student's report lists the hidden cases (by verdict kind only) or leaves them out: the assignment's
    /// hiddenCaseVisibility "hidden" leaves them out.
    /// </summary>
    public bool ListsHiddenCases { get; init; } = true;

    public double MaxScore => Questions.Where(q => !q.Manual).Sum(q => q.Points);
    public double ManualPoints => Questions.Where(q => q.Manual).Sum(q => q.Points);
}

public sealed record QuestionHeader(string Id, string Title, double Points, bool Manual);

/// <summary>
/// One student's result. Score and MaxScore count auto-graded points, and a manual question's once a TA scored it.
/// </summary>
public sealed record StudentReport(string Student, string Source, double Score, double MaxScore,
                                   IReadOnlyList<QuestionReport> Questions, IReadOnlyList<string> CompileErrors,
                                   string? Notice)
{
    /// <summary>
    /// Code the compile-time guard refused, even where the stub cost no points: the TA sees who tried what.
    /// </summary>
    public IReadOnlyList<Refusal> Refusals { get; init; } = [];

    /// <summary>What happened to the submission at a glance, decided in the Score stage.</summary>
    public StudentStatus Status { get; init; } = StudentStatus.Graded;

    /// <summary>When it was submitted against the due date, and what that cost; null when either is unknown.</summary>
    public Lateness? Late { get; init; }

    /// <summary>The score before any late penalty.</summary>
    public double RawScore => Late?.RawScore ?? Score;

    /// <summary>
    /// What the student may see: every writer of a student-facing file formats this, never the report itself. A hidden
    /// case keeps only its verdict kind: any text it produced (an exception message, console output, a line, the first
    /// wrong element, a diagnosis) can carry its inputs.
    /// </summary>
    public StudentReport ForStudent(bool listHidden = true) => this with
    {
        Questions = [.. Questions.Select(q => q with
        {
            Cases = [.. q.Cases.Where(c => c.Public || listHidden).Select(c => c.ForStudent())],
        })],
    };
}


/// <summary>
/// A submission's time against the due date: how late (zero when on time), the percent of the raw score taken off
/// (100 past the late due date), the raw score it was taken from and the status the submission has on its merits.
/// </summary>
public sealed record Lateness(DateTimeOffset SubmittedAt, TimeSpan Late, double PenaltyPercent, bool PastLateDue)
{
    public double RawScore { get; init; }
    public StudentStatus OnTimeStatus { get; init; }
    public bool IsLate => Late > TimeSpan.Zero;
}

/// <summary>Score is null for a manual question until a TA grades it.</summary>
public sealed record QuestionReport(string Id, string Title, double? Score, double MaxScore, bool Manual,
                                    string Summary, Diagnose.Diagnosis? Diagnosis, string? Prompt,
                                    IReadOnlyList<CaseReport> Cases)
{
    /// <summary>The TA's comment on a question graded by hand (from their sheet: see Score.ManualSheet).</summary>
    public string? Comment { get; init; }

    /// <summary>The function the cases call (a snippet reproducing a case calls it); null when there is none.</summary>
    public FunctionSpec? Function { get; init; }
}

/// <summary>Diagnosis: the known mistake this case's wrong answer matches, if any.</summary>
public sealed record CaseReport(string Name, bool Public, double Score, double MaxScore, VerdictKind Verdict,
                                string Message, string? Output, Diagnose.Diagnosis? Diagnosis = null)
{
    public const string HiddenDetail = "hidden case: only the verdict is shown";

    /// <summary>The case's arguments and values: every case's for the staff, a public case's for the student.</summary>
    public CaseValues? Values { get; init; }

    public CaseReport ForStudent() => Public ? this : this with
    {
        Message = Verdict == VerdictKind.Passed ? "" : HiddenDetail, Output = null, Diagnosis = null, Values = null,
    };
}

/// <summary>
/// A case's values: its arguments and expected value are the case file's (<see cref="Case"/>, shared by every student
/// and stored once per class: see JsonWriter), what the function returned is the student's own, kept only when the
/// answer was wrong (a pass equals the expected value within tolerance), with the index of its first difference,
/// outermost axis first.
/// </summary>
public sealed record CaseValues(string Question, GradedCase Case, JToken? Actual, IReadOnlyList<int>? FirstDifference)
{
    public JArray Inputs => Case.Args;
    public JToken Expected => Case.Expected;
}
