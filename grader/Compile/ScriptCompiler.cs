using System.Text;
using Grader.Assignments;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace Grader.Compile;

/// <summary>
/// Stage 2, Compile submission: Roslyn script compilation against the allowed references, with a stack check at every
/// function's entry, guarded twice (the emitted IL's references, and the semantic model, which names the student's line
/// for each banned use), emitted to bytes, mostly without a PDB (SourceLines makes one when a runtime error needs the
/// student's line). A method that does not compile or uses a banned API is stubbed and the script compiled again, so it
/// costs only the questions that use it. Supervised: limits before parsing, a time limit, and a compiler fault is this
/// submission's verdict.
/// </summary>
public static class ScriptCompiler
{
    const int MaxRecoveryRounds = 6;
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(20);
    static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);
    // Debug code generation: no statement is optimised away or merged into another, so the IL offset of a runtime error
    // falls on the statement the student wrote. Homework cases are small; exact feedback is worth more than optimised
    // loops.
    static readonly CSharpCompilationOptions Options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        .WithOptimizationLevel(OptimizationLevel.Debug).WithUsings(AllowedReferences.Imports)
        .WithConcurrentBuild(false).WithDeterministic(true).WithScriptClassName("Submission");
    static readonly EmitOptions WithPdb = new(debugInformationFormat: DebugInformationFormat.Embedded);

    // Roslyn emits different IL for a switch expression when it also writes a PDB; made later, that PDB would not
    // describe the IL that ran.
    static bool EmbedsPdb(string text, SyntaxTree tree) =>
        text.Contains("switch", StringComparison.Ordinal)
        && tree.GetRoot().DescendantNodes()
            .Any(node => node is Microsoft.CodeAnalysis.CSharp.Syntax.SwitchExpressionSyntax);

    /// <summary>
    /// The script, compiled; <paramref name="joinLines"/> are the lines where the grader's own #line directives join a
    /// multi-file submission (every other #line is the student's, and refused).
    /// </summary>
    public static CompileOutcome Compile(string source, string fileName, IReadOnlyList<QuestionSpec> questions,
                                         IReadOnlySet<int>? joinLines = null)
    {
        if (SourceLimits.Problem(source) is { } problem) return new CompileFailed(problem, []);
        // Roslyn's parser recurses once per nesting level, and not every path checks its stack (type arguments
        // nested 10,000 deep overflowed a pool thread's 1.5 MB and killed the grader; a stack overflow cannot be
        // caught). On its own thread with a stack no 512 KB file can exhaust, the parse finishes and the limits
        // below refuse the file. The thread also makes the time limit hold when the compiler does not look at its
        // cancellation token: past the limit the compile is left to finish in the background, and the batch goes on.
        CompileOutcome? outcome = null;
        var compiler = new Thread(() => outcome = Supervised(source, fileName, questions, joinLines),
                                  CompilerStackBytes)
        {
            Name = "compile", IsBackground = true,
        };
        compiler.Start();
        return compiler.Join(TimeLimit + AbandonAfter) ? outcome!
            : new CompileFailed($"compiling took longer than {TimeLimit.TotalSeconds:0} s", []);
    }

    const int CompilerStackBytes = 256 * 1024 * 1024;
    static readonly TimeSpan AbandonAfter = TimeSpan.FromSeconds(5);

    static CompileOutcome Supervised(string source, string fileName, IReadOnlyList<QuestionSpec> questions,
                                     IReadOnlySet<int>? joinLines)
    {
        using var deadline = new CancellationTokenSource(TimeLimit);
        try
        {
            return CompileWithRecovery(source, fileName, questions, joinLines, deadline.Token);
        }
        catch (OperationCanceledException)
        {
            return new CompileFailed($"compiling took longer than {TimeLimit.TotalSeconds:0} s", []);
        }
        catch (OutOfMemoryException)
        {
            // One allocation past what .NET allows (a constant string folded to a billion characters): it failed
            // whole, so the grader's heap is as it was and the batch goes on.
            return new CompileFailed("the compiler ran out of memory on this file (a constant too large?)", []);
        }
        catch (Exception e)
        {
            return new CompileFailed(
                $"the compiler failed on this file ({e.GetType().Name}); please tell the course staff", []);
        }
    }

    static CompileOutcome CompileWithRecovery(string source, string fileName, IReadOnlyList<QuestionSpec> questions,
                                              IReadOnlySet<int>? joinLines, CancellationToken cancel)
    {
        var text = LineDirectives.Neutralise(Parse(source, fileName, cancel), joinLines ?? new HashSet<int>())
                   ?? source;
        var firstErrors = new List<string>();
        var refusals = new List<Refusal>();
        var brokenMethods = new Dictionary<string, List<MemberError>>();
        for (int round = 0; round < MaxRecoveryRounds; round++)
        {
            var tree = Parse(text, fileName, cancel);
            // On the tree whose #line directives are the grader's own, so the line named is the student's.
            if (round == 0 && SyntaxLimits.Problem(tree, cancel) is { } problem) return new CompileFailed(problem, []);
            var compilation = CSharpCompilation.CreateScriptCompilation(AssemblyName(text), tree,
                                                                        AllowedReferences.All, Options);
            using var image = new MemoryStream();
            var emitted = compilation.Emit(image, options: EmbedsPdb(text, tree) ? WithPdb : null,
                                           cancellationToken: cancel);
            var compileErrors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var bytes = compileErrors.Count == 0 ? image.ToArray() : null;
            var found = bytes is null ? ImageFindings.None : ImageGuard.Check(bytes);
            // The image tells whether anything banned is used; the semantic walk finds the student's line for each use.
            var errors = compileErrors.Concat(SourceGuard.Check(compilation, tree, bytes is not null && found.IsClean))
                .OrderBy(d => d.Location.SourceSpan.Start).ToList();
            // Refused uses no name in the source points to (implicit calls) are pinned to the member whose IL makes
            // them.
            if (errors.Count == 0 && found.Problems.Count > 0) errors = ImplicitUses.Pin(tree, found);
            if (round == 0) firstErrors.AddRange(errors.Select(Format));
            if (round == 0) refusals.AddRange(errors.Where(SourceGuard.Refuses).Select(AsRefusal));
            if (errors.Count == 0)
            {
                if (found.Problems.Count > 0)
                    return new CompileFailed("the script uses APIs that are not allowed in homework", found.Problems)
                    {
                        // Only the emitted code shows these (code the compiler writes): there is no line to name.
                        Refusals = [.. found.Problems.Select(api =>
                            new Refusal(null, null, $"{api} is not allowed in homework"))],
                    };
                return new Compiled(bytes!, compilation.ScriptClass!.MetadataName, firstErrors,
                    FunctionBinder.Bind(compilation, questions, brokenMethods), new SourceLines(compilation, bytes!))
                {
                    Refusals = refusals,
                };
            }
            var repaired = ErrorRecovery.StubBrokenMembers(tree, errors, brokenMethods, Format);
            if (repaired is null) break;
            text = repaired;
        }
        return new CompileFailed("the script does not compile", firstErrors) { Refusals = refusals };
    }

    // The guard's diagnostic as the report keeps it: the file (when a folder's scripts were joined) and line it maps
    // to.
    static Refusal AsRefusal(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        return new Refusal(span.HasMappedPath ? span.Path : null,
                           diagnostic.Location.IsInSource ? span.StartLinePosition.Line + 1 : null,
                           diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    static SyntaxTree Parse(string text, string fileName, CancellationToken cancel)
    {
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), ParseOptions, fileName, cancel);
        // Roslyn emits nothing for a script without a single member; an empty statement at the end changes no line.
        if (((Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax)tree.GetRoot(cancel)).Members.Count == 0)
            tree = CSharpSyntaxTree.ParseText(SourceText.From(text + "\n;", Encoding.UTF8), ParseOptions, fileName,
                                              cancel);
        return StackCheck.Insert(tree, cancel);
    }

    // Deterministic: the same script compiles to the same bytes, so regrading gives the same results.
    static string AssemblyName(string text) =>
        "submission-"
        + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    // "line 12, column 5: error CS0103: The name 'x' does not exist in the current context"
    public static string Format(Diagnostic diagnostic)
    {
        // The mapped span honours the #line directives that join a multi-file submission.
        var span = diagnostic.Location.GetMappedLineSpan();
        var file = span.HasMappedPath ? $"{span.Path}, " : "";
        var where = diagnostic.Location.IsInSource
            ? $"{file}line {span.StartLinePosition.Line + 1}, column {StudentColumn(diagnostic.Location) + 1}: "
            : "";
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        return $"{where}error {diagnostic.Id}: {message}";
    }

    // The column in the student's own text: the stack checks on the line are not theirs.
    static int StudentColumn(Location location)
    {
        var text = location.SourceTree!.GetText();
        var line = text.Lines.GetLinePosition(location.SourceSpan.Start);
        return StackCheck.OriginalColumn(text.Lines[line.Line].ToString(), line.Character);
    }
}
