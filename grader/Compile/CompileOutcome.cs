namespace Grader.Compile;

/// <summary>Outcome of compiling one submission: a closed set. Refusals: every use the guard refused.</summary>
public abstract record CompileOutcome
{
    private protected CompileOutcome() { }

    public IReadOnlyList<Refusal> Refusals { get; init; } = [];

    /// <summary>One function per case: a new case breaks every caller at compile time.</summary>
    public T Match<T>(Func<Compiled, T> compiled, Func<CompileFailed, T> failed) =>
#pragma warning disable CS8509 // closed by the private constructor, which the compiler cannot see
        this switch
        {
            Compiled c => compiled(c),
            CompileFailed f => failed(f),
        };
#pragma warning restore CS8509
}

/// <summary>A use of a banned API: the student's file (when the submission has several) and line, when known.</summary>
public sealed record Refusal(string? File, int? Line, string Reason)
{
    public string Where() =>
        Line is { } line ? $"{(File is null ? "" : File + ", ")}line {line}" : "in the compiled code";
}

/// <summary>
/// The script compiled, possibly after recovery: methods whose code did not compile were stubbed out so the rest could
/// run. Errors lists every compiler error from the student's file; Bindings says, per question, which function answers
/// it; Lines finds the student's line for a runtime error.
/// </summary>
public sealed record Compiled(byte[] Image, string ScriptClass, IReadOnlyList<string> Errors,
                              IReadOnlyDictionary<string, Binding> Bindings, SourceLines Lines) : CompileOutcome;

/// <summary>Nothing usable came out: every question gets this verdict.</summary>
public sealed record CompileFailed(string Reason, IReadOnlyList<string> Errors) : CompileOutcome;

/// <summary>How a question's function was found in the student's script: a closed set (see Match).</summary>
public abstract record Binding
{
    private protected Binding() { }

    /// <summary>One function per case: a new case breaks every caller at compile time.</summary>
    public T Match<T>(Func<Bound, T> bound, Func<Missing, T> missing, Func<WrongSignature, T> wrongSignature,
        Func<NotCompiled, T> notCompiled, Func<Refused, T> refused) =>
#pragma warning disable CS8509 // closed by the private constructor, which the compiler cannot see
        this switch
        {
            Bound b => bound(b),
            Missing m => missing(m),
            WrongSignature w => wrongSignature(w),
            NotCompiled n => notCompiled(n),
            Refused r => refused(r),
        };
#pragma warning restore CS8509
}

public sealed record Bound(string Method, IReadOnlyList<string> ParameterTypes) : Binding;
public sealed record Missing(string Message) : Binding;
public sealed record WrongSignature(string Message) : Binding;
/// <summary>The function's code does not compile: the compiler's errors, first the one that stubbed it.</summary>
public sealed record NotCompiled(IReadOnlyList<string> Errors) : Binding;
/// <summary>The function uses what homework may not (the guard's refusals first): it was stubbed, not run.</summary>
public sealed record Refused(IReadOnlyList<string> Errors) : Binding;

/// <summary>
/// Why a member was stubbed: one error's message, and whether the guard (not the compiler) raised it.
/// </summary>
public sealed record MemberError(string Message, bool Refused);
