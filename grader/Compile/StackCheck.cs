using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Compile;

/// <summary>
/// Puts a stack check at the top of every block-bodied method, local function, accessor and lambda the student wrote,
/// so runaway recursion throws InsufficientExecutionStackException, which the worker catches, instead of overflowing
/// the stack, which kills the worker: a fresh process costs a hundred times more than the case. Expression bodies are
/// left as written (wrapping them would change how their value converts); recursion through one still overflows and is
/// still caught by the worker's death, only slower.
/// The check goes on the line of the opening brace, so every line number stays the student's own;
/// <see cref="OriginalColumn"/> takes it back out of a column.
/// </summary>
public static class StackCheck
{
    public const string Statement =
        "global::System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();";

    public static SyntaxTree Insert(SyntaxTree tree, CancellationToken cancel)
    {
        var root = tree.GetRoot(cancel);
        // Only the bodies change: replacing them leaves the rest of the tree shared, where a rewriter rebuilds it all.
        var bodies = root.DescendantNodes().Where(node => node is BlockSyntax
        {
            Parent: BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax
                or AnonymousFunctionExpressionSyntax,
        }).ToList();
        if (bodies.Count == 0) return tree;
        return tree.WithRootAndOptions(root.ReplaceNodes(bodies, (_, body) => WithCheck((BlockSyntax)body)),
                                       tree.Options);
    }

    /// <summary>True for the check itself: the guard does not
    /// judge it (it holds nothing but the allowed call).</summary>
    public static bool IsCheck(SyntaxNode node) =>
        node is ExpressionStatementSyntax statement && statement.Span.Length == Statement.Length
        && statement.ToString() == Statement;

    // Parsed once: syntax nodes are immutable, and every block gets the same statement.
    static readonly StatementSyntax Check = SyntaxFactory.ParseStatement(Statement);

    /// <summary>The column the student wrote, given a 0-based column on a line of the checked text.</summary>
    public static int OriginalColumn(string lineText, int column)
    {
        int original = column;
        for (int at = lineText.IndexOf(Statement, StringComparison.Ordinal);
             at >= 0 && at < column;
             at = lineText.IndexOf(Statement, at + 1, StringComparison.Ordinal))
            original -= Math.Min(Statement.Length, column - at);
        return original;
    }

    // `{ check; …` with the brace's own line break after the check, so no line moves.
    static BlockSyntax WithCheck(BlockSyntax block)
    {
        // Already checked: a recovery round.
        if (block.Statements.FirstOrDefault() is { } first && IsCheck(first)) return block;
        var check = Check.WithTrailingTrivia(block.OpenBraceToken.TrailingTrivia);
        return block.WithOpenBraceToken(block.OpenBraceToken.WithTrailingTrivia())
            .WithStatements(block.Statements.Insert(0, check));
    }
}
