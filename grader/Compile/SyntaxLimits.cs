using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Compile;

/// <summary>
/// Checks made on the parsed tree before Roslyn binds it. Binding cannot be cancelled inside one expression, and some
/// expressions cost the compiler far more than their size: a chain of tens of thousands of operators binds in minutes
/// (measured: 30,000 terms, 8 s; 100,000, two minutes), and string constants that refer to each other fold into one
/// string that doubles at every step (30 steps: a billion characters). Homework needs neither, so the shapes that
/// make them are refused with the line, before the compiler's time limit would have to catch them (it cannot).
/// </summary>
public static class SyntaxLimits
{
    /// <summary>Syntax levels from the file to its deepest node:
    /// a chain of operators or calls adds one per link.</summary>
    public const int MaxDepth = 1000;
    public const int MaxTokenLength = 64 * 1024;
    public const int MaxInterpolations = 256;

    /// <returns>Why the tree cannot be compiled (with its line), or null when it may be.</returns>
    public static string? Problem(SyntaxTree tree, CancellationToken cancel)
    {
        var root = tree.GetRoot(cancel);
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > MaxDepth)
                return At(node, $"code is nested more than {MaxDepth} levels deep (a chain of operators or calls " +
                                "that long); split it into shorter statements");
            if (node is InterpolatedStringExpressionSyntax text
                && text.Contents.Count(part => part is InterpolationSyntax) > MaxInterpolations)
                return At(node, $"an interpolated string with more than {MaxInterpolations} holes; build it in a loop");
            if (node is VariableDeclarationSyntax declaration && FoldsConstants(declaration))
                return At(node, "a constant built by joining other constants (the compiler would fold it into one " +
                                "string, doubling at every step); use `static readonly` and build it at run time");
            // Pushed last to first, so the first in the file is looked at first.
            foreach (var child in node.ChildNodes().Reverse()) pending.Push((child, depth + 1));
        }
        var longToken = root.DescendantTokens().FirstOrDefault(token => token.Span.Length > MaxTokenLength);
        if (longToken != default)
            return At(longToken.Parent!, $"a literal or name longer than {MaxTokenLength / 1024} K characters");
        return FoldedText(root) is var folded && folded > MaxFoldedText
            ? $"constants are copied {Count(folded)} characters' worth into the code (the limit is " +
              $"{Count(MaxFoldedText)}: the compiler writes a constant's text wherever it is used); " +
              "use a `static readonly` field"
            : null;
    }

    static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public const long MaxFoldedText = 1_000_000;

    // The compiler copies a constant's text into every place that names it, and folds joined constants into one string.
    // An upper bound of all it copies: every use of a constant's name (shadowing ignored) at the length of its text.
    static long FoldedText(SyntaxNode root)
    {
        var constants = root.DescendantNodes().OfType<VariableDeclarationSyntax>()
            .Where(declaration =>
                declaration.Parent is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword)
                || declaration.Parent is LocalDeclarationStatementSyntax { IsConst: true })
            .SelectMany(declaration => declaration.Variables)
            .Where(variable => variable.Initializer is not null)
            .GroupBy(variable => variable.Identifier.ValueText)
            .ToDictionary(group => group.Key, group => group.Select(variable => variable.Initializer!.Value).ToList());
        var lengths = new Dictionary<string, long>();
        long Length(string name)
        {
            if (lengths.TryGetValue(name, out var known)) return known;
            lengths[name] = MaxFoldedText; // a name reached again while measuring itself: valid C# has no such cycle
            long length = constants[name].Sum(value =>
                value.DescendantTokens().Where(IsText).Sum(t => (long)t.Span.Length)
                + value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
                       .Where(id => constants.ContainsKey(id.Identifier.ValueText))
                       .Sum(id => Length(id.Identifier.ValueText)));
            return lengths[name] = Math.Min(length, MaxFoldedText + 1);
        }
        return root.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Where(id => constants.ContainsKey(id.Identifier.ValueText))
            .Sum(id => Length(id.Identifier.ValueText));
    }

    static bool IsText(SyntaxToken token) => token.IsKind(SyntaxKind.StringLiteralToken)
        || token.IsKind(SyntaxKind.InterpolatedStringTextToken)
        || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken)
        || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) || token.IsKind(SyntaxKind.Utf8StringLiteralToken)
        || token.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken)
        || token.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken);

    // A const of a type other than a number, bool or char whose value joins (+ or interpolation) names of others.
    static bool FoldsConstants(VariableDeclarationSyntax declaration)
    {
        bool isConst = declaration.Parent switch
        {
            FieldDeclarationSyntax field => field.Modifiers.Any(SyntaxKind.ConstKeyword),
            LocalDeclarationStatementSyntax local => local.IsConst,
            _ => false,
        };
        if (!isConst || declaration.Type is PredefinedTypeSyntax { Keyword.RawKind: var kind }
                        && kind != (int)SyntaxKind.StringKeyword && kind != (int)SyntaxKind.ObjectKeyword)
            return false;
        return declaration.Variables.Any(variable => variable.Initializer?.Value is { } value
            && value.DescendantNodesAndSelf().Any(n => n is IdentifierNameSyntax)
            && value.DescendantNodesAndSelf().Any(n => n is InterpolatedStringExpressionSyntax
                                                        || n.IsKind(SyntaxKind.AddExpression)));
    }

    static string At(SyntaxNode node, string problem)
    {
        var span = node.GetLocation().GetMappedLineSpan();
        var file = span.HasMappedPath ? $"{span.Path}, " : "";
        return $"{file}line {span.StartLinePosition.Line + 1}: {problem}";
    }
}
