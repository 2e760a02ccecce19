namespace Grader.Report;

/// <summary>
/// What happened to a student's submission, at a glance: a closed set, decided once in the Score stage from the typed
/// outcomes (see Score.StatusOf). Writers show its label; none decides it.
/// </summary>
public enum StudentStatus
{
    /// <summary>Every question ran (some may still have failed).</summary>
    Graded,
    /// <summary>The submission is the assignment's template, whitespace aside.</summary>
    UnchangedTemplate,
    /// <summary>Nothing compiled: no question's function could run.</summary>
    DoesNotCompile,
    /// <summary>The compile-time guard refused some of the code.</summary>
    RefusedCode,
    /// <summary>
    /// The script's top-level code threw, timed out, ran out of memory or crashed, so no question ran.
    /// </summary>
    TopLevelFailure,
    /// <summary>A file the assignment asks to be handed in beside the script is not there.</summary>
    MissingHandedInFile,
    /// <summary>The submission could not be read as one (a link, a FIFO), or the grader failed on it.</summary>
    NotGraded,
    /// <summary>Graded, and submitted after the due date: the late penalty applies.</summary>
    Late,
    /// <summary>Submitted after the late due date: it scores 0.</summary>
    PastLateDue,
}

public static class StudentStatusText
{
    /// <summary>The words every report shows; grades.csv and results.json carry the same words.</summary>
    public static string Label(this StudentStatus status) => status switch
    {
        StudentStatus.Graded => "graded",
        StudentStatus.UnchangedTemplate => "unchanged template",
        StudentStatus.DoesNotCompile => "does not compile",
        StudentStatus.RefusedCode => "refused code",
        StudentStatus.TopLevelFailure => "top-level failure",
        StudentStatus.MissingHandedInFile => "missing handed-in file",
        StudentStatus.NotGraded => "not graded",
        StudentStatus.Late => "late",
        StudentStatus.PastLateDue => "past late due date",
    };
}
