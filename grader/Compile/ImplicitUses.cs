using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Compile;

/// <summary>
/// A refused use the source walk cannot see by name (an implicit call: a foreach's GetEnumerator, an await's awaiter, a
/// conversion on a type obtained without naming it) is reported at the top-level member whose IL makes it, so that only
/// that member is stubbed and the student reads where it is.
/// </summary>
static class ImplicitUses
{
    /// <summary>
    /// One refusal per problem whose member is found in the script; none when no member can be named.
    /// </summary>
    public static List<Diagnostic> Pin(SyntaxTree tree, ImageFindings image)
    {
        var members = ((CompilationUnitSyntax)tree.GetRoot()).Members;
        var pinned = new List<Diagnostic>();
        foreach (var use in image.Uses)
            foreach (var name in use.Methods)
                if (members.Select(m => Identifier(m, name)).FirstOrDefault(i => i is not null)
                    is SyntaxToken identifier)
                    pinned.Add(SourceGuard.Report(identifier.GetLocation(),
                                                  $"`{use.What}` (called implicitly in `{name}`)", use.Category));
        return pinned;
    }

    static SyntaxToken? Identifier(MemberDeclarationSyntax member, string name) => member switch
    {
        MethodDeclarationSyntax method when method.Identifier.ValueText == name => method.Identifier,
        BaseTypeDeclarationSyntax type when type.Identifier.ValueText == name => type.Identifier,
        DelegateDeclarationSyntax type when type.Identifier.ValueText == name => type.Identifier,
        GlobalStatementSyntax { Statement: LocalFunctionStatementSyntax local } when local.Identifier.ValueText == name
            => local.Identifier,
        _ => null,
    };
}
