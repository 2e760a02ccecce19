using Grader.Compile;
using Grader.Report;

namespace Grader.Score;

/// <summary>
/// What the compile-time guard refused, read once from the compile outcome for the report's typed Refusals: each
/// diagnostic carrying the guard's rule id (with the student's file and line), or, when only the emitted IL showed a
/// banned use (code the compiler writes, such as `lock`), each API it names, without a line.
/// </summary>
public static class GuardRefusals
{
    public static IReadOnlyList<Refusal> Of(CompileOutcome outcome) => outcome switch
    {
        Compiled compiled => FromDiagnostics(compiled.Errors),
        CompileFailed failed when failed.Reason.Contains("not allowed", StringComparison.Ordinal)
                                  && !failed.Errors.Any(e => CompileMessage.Parse(e) is not null) =>
            [.. failed.Errors.Select(api => new Refusal(null, null, $"{api} is not allowed in homework"))],
        CompileFailed failed => FromDiagnostics(failed.Errors),
        _ => [],
    };

    static List<Refusal> FromDiagnostics(IEnumerable<string> errors) =>
        [.. errors.Select(CompileMessage.Parse).OfType<CompileMessage>().Where(m => m.Id == SourceGuard.Rule.Id)
                  .Select(m => new Refusal(m.File, m.Line, m.Text))];
}
