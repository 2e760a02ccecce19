using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Compile;

/// <summary>
/// The source guard: walks the semantic model and reports, at the student's line, every use of an API the policy bans,
/// plus what is banned by syntax (unsafe code, pointers, extern methods, #r and #load, dynamic).
/// A syntax-only check would miss `using F = System.IO.File;` or `var t = typeof(int); t.GetMethods()`; symbols do not.
/// </summary>
public static class SourceGuard
{
    public static readonly DiagnosticDescriptor Rule = new("GR0001", "API not allowed",
        "{0} is not allowed in homework ({1}): {2}", "Grader", DiagnosticSeverity.Error, true);

    /// <summary>
    /// Every banned use in the script. When its image references nothing banned, only what is banned by syntax is
    /// looked for: the symbols would find nothing there that runs, and binding every method a second time costs a third
    /// of the compile. What leaves no member reference in the image (`dynamic`; attributes such as StructLayout,
    /// FieldOffset or DllImport, which become metadata flags; `extern`) sends the script through the full walk.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(CSharpCompilation compilation, SyntaxTree tree,
                                                  bool imageIsClean = false)
    {
        var moved = LineDirectives.Refusals(tree);
        if (imageIsClean && Guard(null, tree) is { } bySyntax) return [.. moved, .. bySyntax];
        return [.. moved, .. Guard(compilation.GetSemanticModel(tree), tree)!];
    }

    // What the guard finds, in one walk of the tree; null when the syntax alone cannot tell (no model, and the script
    // has something that leaves no trace in the image).
    static List<Diagnostic>? Guard(SemanticModel? model, SyntaxTree tree)
    {
        var root = tree.GetRoot();
        var found = new List<Diagnostic>();
        if (root.ContainsDirectives)
            foreach (var directive in root.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.ReferenceDirectiveTrivia)
                                                                         || t.IsKind(SyntaxKind.LoadDirectiveTrivia)))
            {
                var name = directive.IsKind(SyntaxKind.ReferenceDirectiveTrivia) ? "#r" : "#load";
                found.Add(Report(directive.GetLocation(), name, BanCategory.LoadingCode));
            }
        if (model is null && ((CompilationUnitSyntax)root).Usings.Any(LeavesNoTraceInImage)) return null;
        // A using directive only names things; the guard judges each use, where the student's line is. The grader's
        // own stack checks are not the student's code.
        foreach (var node in root.DescendantNodesAndSelf(n => n is not UsingDirectiveSyntax && !StackCheck.IsCheck(n)))
        {
            if (model is null && LeavesNoTraceInImage(node)) return null;
            if (SyntaxBan(node) is { } syntax) found.Add(Report(node.GetLocation(), syntax.What, syntax.Category));
            else if (model is not null && node is SimpleNameSyntax or ImplicitObjectCreationExpressionSyntax
                     && SymbolBan(model, node) is { } symbol)
                found.Add(Report(node.GetLocation(), symbol.What, symbol.Category));
        }
        return found;
    }

    // Attributes (StructLayout, FieldOffset, DllImport) become metadata flags, `extern` a body the runtime supplies and
    // `dynamic` an object: none is a member reference the image check would see.
    static bool LeavesNoTraceInImage(SyntaxNode node) => node switch
    {
        AttributeListSyntax or ExternAliasDirectiveSyntax => true,
        IdentifierNameSyntax name => name.Identifier.ValueText == "dynamic",
        MemberDeclarationSyntax member => member.Modifiers.Any(SyntaxKind.ExternKeyword),
        LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.ExternKeyword),
        UsingDirectiveSyntax directive => directive.DescendantNodes().Any(LeavesNoTraceInImage),
        _ => false,
    };

    static (string What, BanCategory Category)? SyntaxBan(SyntaxNode node) => node switch
    {
        DestructorDeclarationSyntax destructor => ($"`~{destructor.Identifier.Text}`", BanCategory.Finalizers),
        UnsafeStatementSyntax or PointerTypeSyntax or FunctionPointerTypeSyntax or FixedStatementSyntax
            => ("`" + Short(node) + "`", BanCategory.Unsafe),
        MemberDeclarationSyntax member when member.Modifiers.Any(m => m.IsKind(SyntaxKind.UnsafeKeyword))
            => ("`unsafe`", BanCategory.Unsafe),
        MemberDeclarationSyntax member when member.Modifiers.Any(m => m.IsKind(SyntaxKind.ExternKeyword))
            => ("`extern`", BanCategory.Interop),
        LocalFunctionStatementSyntax local
            when local.Modifiers.Any(m => m.IsKind(SyntaxKind.UnsafeKeyword) || m.IsKind(SyntaxKind.ExternKeyword))
            => ("`unsafe`/`extern`", BanCategory.Unsafe),
        _ => null,
    };

    static (string What, BanCategory Category)? SymbolBan(SemanticModel model, SyntaxNode node)
    {
        var info = model.GetSymbolInfo(node);
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        if (symbol is null)
            return model.GetTypeInfo(node).Type is { TypeKind: TypeKind.Dynamic } ? ("`dynamic`", BanCategory.Dynamic)
                : null;
        if (symbol is ITypeSymbol { TypeKind: TypeKind.Dynamic }) return ("`dynamic`", BanCategory.Dynamic);
        var (type, member) = symbol switch
        {
            INamedTypeSymbol named => (named, (string?)null),
            IMethodSymbol { MethodKind: MethodKind.Constructor } ctor => (ctor.ContainingType, ".ctor"),
            { ContainingType: { } containing } => (containing, symbol.Name),
            _ => (null, null),
        };
        for (var t = type; t is not null; t = t.ContainingType) // nested types answer for their outer type's namespace
        {
            var ownMember = SymbolEqualityComparer.Default.Equals(t, type) ? member : null;
            var ns = t.ContainingNamespace?.ToDisplayString() ?? "";
            if (ApiPolicy.Ban(ns, t.MetadataName, ownMember) is { } category)
                return ($"`{(member is null || member == ".ctor" ? type!.Name : $"{type!.Name}.{member}")}`", category);
        }
        return null;
    }

    /// <summary>Whether a diagnostic is this guard's refusal (made from Rule), not the compiler's error.</summary>
    public static bool Refuses(Diagnostic diagnostic) => ReferenceEquals(diagnostic.Descriptor, Rule);

    /// <summary>A refusal at the student's line, saying what to write instead.</summary>
    public static Diagnostic Report(Location location, string what, BanCategory category) =>
        Diagnostic.Create(Rule, location, what, category.Label, category.Instead);

    static string Short(SyntaxNode node)
    {
        var text = node.ToString();
        int newline = text.IndexOf('\n');
        return newline < 0 && text.Length <= 30 ? text
            : text[..Math.Min(30, newline < 0 ? text.Length : newline)].TrimEnd() + "…";
    }
}
