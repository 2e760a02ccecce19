using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Compile;

/// <summary>
/// Puts a stack check at the entry of every function the student wrote, so runaway recursion throws
/// InsufficientExecutionStackException, which the worker catches, instead of overflowing the stack, which kills the
/// worker: a fresh process costs a hundred times more than the case. A recursion the check misses (an
/// expression-bodied lambda) still overflows and is still caught by the worker's death; only slower.
/// The check goes on the line of the opening brace or arrow, so every line number stays the student's own;
/// <see cref="OriginalColumn"/> takes it back out of a column.
/// </summary>
public static class StackCheck
{
    const string RuntimeHelpers = "global::System.Runtime.CompilerServices.RuntimeHelpers.";
    public const string Statement = RuntimeHelpers + "EnsureSufficientExecutionStack();";
    const string Condition = RuntimeHelpers + "TryEnsureSufficientExecutionStack() ? (";
    const string Otherwise = ") : throw new global::System.InsufficientExecutionStackException()";
    static readonly string[] Inserted = [Statement, Condition];

    public static SyntaxTree Insert(SyntaxTree tree, CancellationToken cancel)
    {
        var root = tree.GetRoot(cancel);
        var checkedRoot = new Rewriter().Visit(root);
        return checkedRoot == root ? tree : tree.WithRootAndOptions(checkedRoot, tree.Options);
    }

    /// <summary>True for the code this class put in: the guard does not judge it.</summary>
    public static bool IsCheck(SyntaxNode node) => node switch
    {
        ExpressionStatementSyntax statement => statement.ToString() == Statement,
        ConditionalExpressionSyntax conditional => node.Parent is ArrowExpressionClauseSyntax && conditional.ToString().StartsWith(Condition, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>The column the student wrote, given a 0-based column on a line of the checked text.</summary>
    public static int OriginalColumn(string lineText, int column)
    {
        int original = column;
        foreach (var inserted in Inserted)
            for (int at = lineText.IndexOf(inserted, StringComparison.Ordinal); at >= 0 && at < column; at = lineText.IndexOf(inserted, at + 1, StringComparison.Ordinal))
                original -= Math.Min(inserted.Length, column - at);
        return original;
    }

    sealed class Rewriter : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitBlock(BlockSyntax node)
        {
            var visited = (BlockSyntax)base.VisitBlock(node)!;
            return node.Parent is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or AnonymousFunctionExpressionSyntax
                ? WithCheck(visited) : visited;
        }

        public override SyntaxNode? VisitArrowExpressionClause(ArrowExpressionClauseSyntax node)
        {
            var visited = (ArrowExpressionClauseSyntax)base.VisitArrowExpressionClause(node)!;
            return ReturnsValue(node.Parent) && node.Expression is not RefExpressionSyntax and not ThrowExpressionSyntax ? WithCheck(visited) : visited;
        }

        // `{ check; …` with the brace's own line break after the check, so no line moves.
        static BlockSyntax WithCheck(BlockSyntax block)
        {
            if (block.Statements.FirstOrDefault()?.ToString() == Statement) return block; // already checked (a recovery round)
            var check = SyntaxFactory.ParseStatement(Statement).WithTrailingTrivia(block.OpenBraceToken.TrailingTrivia);
            return block.WithOpenBraceToken(block.OpenBraceToken.WithTrailingTrivia()).WithStatements(block.Statements.Insert(0, check));
        }

        // `=> check ? (expression) : throw …`, evaluated before the expression, on the arrow's line.
        static ArrowExpressionClauseSyntax WithCheck(ArrowExpressionClauseSyntax arrow)
        {
            if (arrow.Expression.ToString().StartsWith(Condition, StringComparison.Ordinal)) return arrow;
            var expression = arrow.Expression;
            var guarded = SyntaxFactory.ParseExpression($"{Condition}{expression.WithoutTrivia()}{Otherwise}")
                .WithLeadingTrivia(expression.GetLeadingTrivia()).WithTrailingTrivia(expression.GetTrailingTrivia());
            return arrow.WithExpression(guarded);
        }

        // A value-returning member: the conditional needs a value on its first branch.
        static bool ReturnsValue(SyntaxNode? member) => member switch
        {
            MethodDeclarationSyntax method => !IsVoid(method.ReturnType),
            LocalFunctionStatementSyntax local => !IsVoid(local.ReturnType),
            OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax => true,
            AccessorDeclarationSyntax accessor => accessor.IsKind(SyntaxKind.GetAccessorDeclaration),
            _ => false,
        };

        static bool IsVoid(TypeSyntax type) => type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword };
    }
}
