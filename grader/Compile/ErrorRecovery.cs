using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Grader.Compile;

/// <summary>
/// Cuts the members that hold compile errors out of a script: a method whose body fails keeps its signature and gets a
/// body that throws; anything else that fails is blanked. Every newline is kept, so line numbers in later messages
/// still point into the student's own file.
/// </summary>
public static class ErrorRecovery
{
    public const string TopLevelCode = "top-level code";

    /// <returns>The repaired source, or null when nothing more can be cut.</returns>
    public static string? StubBrokenMembers(SyntaxTree tree, IReadOnlyList<Diagnostic> errors,
                                            Dictionary<string, List<MemberError>> brokenMembers,
                                            Func<Diagnostic, string> format)
    {
        var root = (CompilationUnitSyntax)tree.GetRoot();
        var edits = new Dictionary<TextSpan, string>();
        foreach (var error in errors)
        {
            var member = root.Members.FirstOrDefault(m => m.Span.Contains(error.Location.SourceSpan.Start));
            var name = member is MethodDeclarationSyntax method ? method.Identifier.Text : TopLevelCode;
            if (!brokenMembers.TryGetValue(name, out var list)) brokenMembers[name] = list = [];
            list.Add(new MemberError(format(error), SourceGuard.Refuses(error)));
            // Outside every member (a stray brace): blank just the offending text.
            var at = error.Location.SourceSpan;
            var (span, replacement) = member is null ? (at, Blank(tree.GetText().ToString(at)))
                                                     : Repair(member, at, tree.GetText());
            edits.TryAdd(span, replacement);
        }
        var text = tree.GetText().ToString();
        var repaired = text;
        var outermost = edits.Where(e => !edits.Keys.Any(other => other != e.Key && other.Contains(e.Key)));
        foreach (var (span, replacement) in outermost.OrderByDescending(e => e.Key.Start))
            repaired = repaired[..span.Start] + replacement + repaired[span.End..];
        return repaired == text ? null : repaired;
    }

    // The innermost member that holds the error: a method, constructor, operator or accessor in a type the student
    // declared is stubbed on its own, so one refused `ToString` does not take the whole class (and every function that
    // uses it) with it. What is not a body (a declaration, a field, a type's header) is blanked.
    static (TextSpan, string) Repair(MemberDeclarationSyntax member, TextSpan error, SourceText text)
    {
        while (member is TypeDeclarationSyntax type
               && type.Members.FirstOrDefault(m => m.Span.Contains(error.Start)) is { } inner)
            member = inner;
        var accessor = (member as BasePropertyDeclarationSyntax)?.AccessorList?.Accessors
            .FirstOrDefault(a => a.Span.Contains(error.Start));
        var (body, arrow) = member switch
        {
            BaseMethodDeclarationSyntax method => (method.Body, method.ExpressionBody),
            PropertyDeclarationSyntax { ExpressionBody: { } propertyArrow } => (null, propertyArrow),
            IndexerDeclarationSyntax { ExpressionBody: { } indexerArrow } => (null, indexerArrow),
            _ when accessor is not null => (accessor.Body, accessor.ExpressionBody),
            _ => ((BlockSyntax?)null, (ArrowExpressionClauseSyntax?)null),
        };
        var stub = "throw new System.InvalidOperationException("
                   + $"\"'{Name(member)}' did not compile: see the compile errors in your report\")";
        if (body is not null && body.Span.Contains(error.Start))
            return (body.Span, $"{{ {stub}; }}" + Newlines(text, body.Span));
        if (arrow is not null && arrow.Span.Contains(error.Start))
            return (arrow.Span, $"=> {stub}" + Newlines(text, arrow.Span));
        return (member.Span, Blank(text.ToString(member.Span)));
    }

    static string Name(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax method => method.Identifier.Text,
        ConstructorDeclarationSyntax constructor => constructor.Identifier.Text,
        PropertyDeclarationSyntax property => property.Identifier.Text,
        OperatorDeclarationSyntax op => "operator " + op.OperatorToken.Text,
        _ => "this member",
    };

    static string Newlines(SourceText text, TextSpan span) =>
        new(text.ToString(span).Where(c => c == '\n').ToArray());

    static string Blank(string code) => new(code.Select(c => c is '\n' or '\r' ? c : ' ').ToArray());
}
