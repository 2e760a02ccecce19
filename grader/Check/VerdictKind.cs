namespace Grader.Check;

/// <summary>
/// What kind of verdict a case got: what every writer, verb and summary switches on. Its label is the one text the
/// reports show and the JSON files hold ("passed", "wrong answer", …).
/// </summary>
public enum VerdictKind { Passed, WrongAnswer, RuntimeError, TimedOut, MemoryExceeded, Crashed, NotRun, BelowFullMarks }

public static class VerdictKinds
{
    static readonly string[] Labels =
        ["passed", "wrong answer", "runtime error", "timed out", "memory exceeded", "crashed", "not run",
        "below full marks"]; // a measured handed-in file (trained weights) that earns part of its points

    public static string Label(this VerdictKind kind) => Labels[(int)kind];
}
