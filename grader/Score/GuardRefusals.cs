using System.Text.RegularExpressions;
using Grader.Compile;
using Grader.Report;

namespace Grader.Score;

/// <summary>
/// What the compile-time guard refused, read once from the compile outcome for the report's typed Refusals: each
/// diagnostic carrying the guard's rule id (with the student's file and line), or, when only the emitted IL showed a
/// banned use (code the compiler writes, such as `lock`), each API it names, without a line.
/// </summary>
public static partial class GuardRefusals
{
    public static IReadOnlyList<Refusal> Of(CompileOutcome outcome) => outcome switch
    {
        Compiled compiled => FromDiagnostics(compiled.Errors),
        CompileFailed failed when failed.Reason.Contains("not allowed", StringComparison.Ordinal) && !failed.Errors.Any(e => Diagnostic().IsMatch(e)) =>
            [.. failed.Errors.Select(api => new Refusal(null, null, $"{api} is not allowed in homework"))],
        CompileFailed failed => FromDiagnostics(failed.Errors),
        _ => [],
    };

    static List<Refusal> FromDiagnostics(IEnumerable<string> errors) =>
        [.. errors.Select(e => Diagnostic().Match(e)).Where(m => m.Success && m.Groups["id"].Value == SourceGuard.Rule.Id)
                  .Select(m => new Refusal(m.Groups["file"].Success ? m.Groups["file"].Value : null,
                                           m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
                                           m.Groups["reason"].Value))];

    // ScriptCompiler.Format: "[file, ]line 3, column 5: error GR0001: `File` is not allowed in homework (files)".
    [GeneratedRegex(@"^(?:(?:(?<file>.+), )?line (?<line>\d+), column \d+: )?error (?<id>[A-Z]+\d+): (?<reason>.*)$", RegexOptions.Singleline)]
    private static partial Regex Diagnostic();
}
