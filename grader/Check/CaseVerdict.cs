using Grader.Run;

namespace Grader.Check;

/// <summary>The judgement on one case: a closed set. Only Passed earns the case's points.</summary>
public abstract record CaseVerdict
{
    public abstract string Label { get; }
}

public sealed record Passed : CaseVerdict
{
    public override string Label => "passed";
}

/// <summary>The function returned, but not the right value. Diagnosis names a known mistake the answer matches.</summary>
public sealed record WrongAnswer(string Message, string? Diagnosis) : CaseVerdict
{
    public override string Label => "wrong answer";
}

/// <summary>The function did not return: it threw, ran out of time or memory, or killed its process.</summary>
public sealed record DidNotReturn(RunOutcome Outcome) : CaseVerdict
{
    public override string Label => Outcome switch
    {
        Threw => "runtime error",
        TimedOut => "timed out",
        MemoryExceeded => "memory exceeded",
        _ => "crashed",
    };
}

/// <summary>The case never ran: the function is missing, has the wrong signature or did not compile, or was skipped.</summary>
public sealed record NotRun(string Reason) : CaseVerdict
{
    public override string Label => "not run";
}
