using System.Text.RegularExpressions;
using Grader.Compile;
using Grader.Report;
using Grader.Run;

namespace Grader.Score;

/// <summary>What the Score stage knows of a submission beyond its cases, each from a typed outcome.</summary>
/// <param name="Load">The top-level code's run; null when the script never got that far.</param>
/// <param name="HandedInMissing">
/// A file the assignment asks for was not read as a regular file of the student's own.
/// </param>
public sealed record SubmissionFacts(bool UnchangedTemplate, CompileOutcome Compilation, RunOutcome? Load,
                                     IReadOnlyList<Refusal> Refusals, bool HandedInMissing);

/// <summary>A student's status, from the most telling fact down: the first that holds names the submission.</summary>
public static partial class StatusOf
{
    public static StudentStatus Facts(SubmissionFacts facts) => facts switch
    {
        { UnchangedTemplate: true } => StudentStatus.UnchangedTemplate,
        { Refusals.Count: > 0 } => StudentStatus.RefusedCode,
        { Compilation: CompileFailed } => StudentStatus.DoesNotCompile,
        // Error recovery stubs what does not compile; when that is every function, nothing of the student's ran.
        { Compilation: Compiled c } when c.Errors.Count > 0 && !c.Bindings.Values.Any(b => b is Bound)
            => StudentStatus.DoesNotCompile,
        { Load: not null and not Returned } => StudentStatus.TopLevelFailure,
        { HandedInMissing: true } => StudentStatus.MissingHandedInFile,
        { HandedInMissing: false } => StudentStatus.Graded,
    };

    /// <summary>Past the late due date says why the score is 0; late is said only of one otherwise graded.</summary>
    public static StudentStatus Lateness(StudentStatus onTime, Lateness late) =>
        late.PastLateDue ? StudentStatus.PastLateDue
        : late.IsLate && onTime == StudentStatus.Graded ? StudentStatus.Late
        : onTime;

    /// <summary>
    /// Whether a submission is the template handed out, unchanged: equal once every run of whitespace (line endings
    /// included) is one space and the ends are trimmed. No template (a student copy may lack one): never.
    /// </summary>
    public static bool IsTemplate(string source, string? template) =>
        template is not null && Normalise(source) == Normalise(template);

    static string Normalise(string text) => Whitespace().Replace(text.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
