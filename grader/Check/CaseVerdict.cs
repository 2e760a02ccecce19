using Grader.Run;

namespace Grader.Check;

/// <summary>The judgement on one case: a closed set. Only Passed earns the case's points.</summary>
public abstract record CaseVerdict
{
    private protected CaseVerdict() { }

    public abstract VerdictKind Kind { get; }
    public string Label => Kind.Label();
    /// <summary>What the case printed (bounded by the worker), whatever the verdict.</summary>
    public string Output { get; init; } = "";

    /// <summary>One function per case: a new case breaks every caller at compile time.</summary>
    public T Match<T>(Func<Passed, T> passed, Func<WrongAnswer, T> wrongAnswer, Func<DidNotReturn, T> didNotReturn,
                      Func<NotRun, T> notRun) =>
#pragma warning disable CS8509 // closed by the private constructor, which the compiler cannot see
        this switch
        {
            Passed v => passed(v),
            WrongAnswer v => wrongAnswer(v),
            DidNotReturn v => didNotReturn(v),
            NotRun v => notRun(v),
        };
#pragma warning restore CS8509
}

public sealed record Passed : CaseVerdict
{
    public override VerdictKind Kind => VerdictKind.Passed;
}

/// <summary>
/// The function returned, but not the right value. Diagnosis names a known mistake the answer matches.
/// </summary>
public sealed record WrongAnswer(string Message, Diagnose.Diagnosis? Diagnosis) : CaseVerdict
{
    /// <summary>What the function returned, and where it first differs from the expected value (Tolerance).</summary>
    public Newtonsoft.Json.Linq.JToken? Actual { get; init; }
    public IReadOnlyList<int>? At { get; init; }

    public override VerdictKind Kind => VerdictKind.WrongAnswer;
}

/// <summary>The function did not return: it threw, ran out of time or memory, or killed its process.</summary>
public sealed record DidNotReturn(RunOutcome Outcome) : CaseVerdict
{
    // A Returned outcome is never wrapped here (CaseJudge judges it); were it, "crashed" is the honest kind.
    public override VerdictKind Kind => Outcome.Match(
        returned: _ => VerdictKind.Crashed,
        threw: _ => VerdictKind.RuntimeError,
        timedOut: _ => VerdictKind.TimedOut,
        crashed: _ => VerdictKind.Crashed,
        memoryExceeded: _ => VerdictKind.MemoryExceeded);
}

/// <summary>
/// The case never ran: the function is missing, has the wrong signature or did not compile, or was skipped.
/// </summary>
public sealed record NotRun(string Reason) : CaseVerdict
{
    public override VerdictKind Kind => VerdictKind.NotRun;
}
