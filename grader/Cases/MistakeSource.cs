using System.Text;
using Grader.Compile;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Cases;

/// <summary>
/// The script a known mistake compiles from: solution.csx with every top-level function the mistake file redefines
/// taken out, then the mistake file. So a mistake holds only the functions it gets wrong, and calls the solution's
/// others. #line directives keep every compile error on its own file's line.
/// </summary>
public static class MistakeSource
{
    static readonly CSharpParseOptions Script = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>A script file as the compiler should see it: its messages name <paramref name="file"/>.</summary>
    public static JoinedScript Alone(string file, string text) => JoinedScript.Of([(file, text)]);

    public static JoinedScript Join(string? solution, string mistakeFile, string mistake)
    {
        if (solution is null) return Alone(mistakeFile, mistake);
        var mistakeRoot = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(mistake, Script).GetRoot();
        var redefined = TopLevelMethods(mistakeRoot).Select(m => m.Identifier.Text).ToHashSet();
        var solutionRoot = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(solution, Script).GetRoot();
        // Using directives must come first in a script: the mistake's go above the solution, on no line of either.
        var usings = string.Concat(mistakeRoot.Usings.Select(u => u.ToString() + "\n"));
        var kept = Blank(solution, TopLevelMethods(solutionRoot).Where(m => redefined.Contains(m.Identifier.Text))
            .Select(m => m.FullSpan));
        var mistakeWithoutUsings = Blank(mistake, mistakeRoot.Usings.Select(u => u.FullSpan));
        return JoinedScript.Of([(Assignments.QuestionSpec.SolutionScript, kept), (mistakeFile, mistakeWithoutUsings)],
                               head: usings);
    }

    static IEnumerable<MethodDeclarationSyntax> TopLevelMethods(CompilationUnitSyntax root) =>
        root.Members.OfType<MethodDeclarationSyntax>();

    // The spans replaced by their own line breaks: every line after them keeps its number.
    static string Blank(string text, IEnumerable<Microsoft.CodeAnalysis.Text.TextSpan> spans)
    {
        var result = new StringBuilder(text);
        foreach (var span in spans)
            for (int i = span.Start; i < span.End; i++)
                if (result[i] is not ('\n' or '\r')) result[i] = ' ';
        return result.ToString();
    }
}
