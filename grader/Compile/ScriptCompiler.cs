using System.Text;
using Grader.Assignments;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace Grader.Compile;

/// <summary>
/// Stage 2, Compile submission: Roslyn script compilation against the allowed references, emitted to bytes with an
/// embedded PDB (so runtime errors name the student's line). A method that does not compile is stubbed and the script
/// compiled again, so one broken function costs only the questions that use it.
/// </summary>
public static class ScriptCompiler
{
    const int MaxRecoveryRounds = 6;
    static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);
    // Debug code generation: the JIT then keeps every sequence point, so a runtime error names the exact line the
    // student wrote. Homework cases are small; exact feedback is worth more than optimised loops.
    static readonly CSharpCompilationOptions Options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        .WithOptimizationLevel(OptimizationLevel.Debug).WithUsings(AllowedReferences.Imports)
        .WithConcurrentBuild(false).WithDeterministic(true).WithScriptClassName("Submission");
    static readonly EmitOptions Emit = new(debugInformationFormat: DebugInformationFormat.Embedded);

    public static CompileOutcome Compile(string source, string fileName, IReadOnlyList<QuestionSpec> questions)
    {
        var text = source;
        var firstErrors = new List<string>();
        var brokenMethods = new Dictionary<string, List<string>>();
        for (int round = 0; round < MaxRecoveryRounds; round++)
        {
            var tree = CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), ParseOptions, fileName);
            var compilation = CSharpCompilation.CreateScriptCompilation($"submission-{Guid.NewGuid():N}", tree, AllowedReferences.All, Options);
            using var image = new MemoryStream();
            var result = compilation.Emit(image, options: Emit);
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).OrderBy(d => d.Location.SourceSpan.Start).ToList();
            if (round == 0) firstErrors.AddRange(errors.Select(Format));
            if (result.Success)
                return new Compiled(image.ToArray(), compilation.ScriptClass!.MetadataName, firstErrors, FunctionBinder.Bind(compilation, questions, brokenMethods));
            var repaired = ErrorRecovery.StubBrokenMembers(tree, errors, brokenMethods, Format);
            if (repaired is null) break;
            text = repaired;
        }
        return new CompileFailed("the script does not compile", firstErrors);
    }

    // "line 12, column 5: error CS0103: The name 'x' does not exist in the current context"
    public static string Format(Diagnostic diagnostic)
    {
        // The mapped span honours the #line directives that join a multi-file submission.
        var span = diagnostic.Location.GetMappedLineSpan();
        var file = span.HasMappedPath ? $"{span.Path}, " : "";
        var where = diagnostic.Location.IsInSource ? $"{file}line {span.StartLinePosition.Line + 1}, column {span.StartLinePosition.Character + 1}: " : "";
        return $"{where}error {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
