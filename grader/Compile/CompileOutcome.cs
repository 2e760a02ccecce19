namespace Grader.Compile;

/// <summary>Outcome of compiling one submission: a closed set.</summary>
public abstract record CompileOutcome;

/// <summary>
/// The script compiled, possibly after recovery: methods whose code did not compile were stubbed out so the rest could
/// run. Errors lists every compiler error from the student's file; Bindings says, per question, which function answers it;
/// Lines finds the student's line for a runtime error.
/// </summary>
public sealed record Compiled(byte[] Image, string ScriptClass, IReadOnlyList<string> Errors, IReadOnlyDictionary<string, Binding> Bindings, SourceLines Lines) : CompileOutcome;

/// <summary>Nothing usable came out: every question gets this verdict.</summary>
public sealed record CompileFailed(string Reason, IReadOnlyList<string> Errors) : CompileOutcome;

/// <summary>How a question's function was found in the student's script.</summary>
public abstract record Binding;
public sealed record Bound(string Method, IReadOnlyList<string> ParameterTypes) : Binding;
public sealed record Missing(string Message) : Binding;
public sealed record WrongSignature(string Message) : Binding;
public sealed record NotCompiled(IReadOnlyList<string> Errors) : Binding;
