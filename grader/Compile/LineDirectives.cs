using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Grader.Compile;

/// <summary>
/// Only the grader moves the lines a message names. Its own `#line 1 "file"` directives join a multi-file submission,
/// on lines it lists; a student's `#line` (any form, `hidden` included) or `#pragma checksum` could point a refusal or
/// a runtime error at another student's file, or at no line at all. Before compiling, each such directive is replaced,
/// on its own line, by a marker that moves nothing; the guard refuses the marker at the student's line, which costs
/// the member it stands before, as any refusal does.
/// </summary>
public static class LineDirectives
{
    // A warning id nothing reports: disabling it changes no diagnostic the grader reads.
    const string Marker = "GR0001_line_directive";

    /// <summary>
    /// The source with every student line directive replaced by the marker, or null when there is none.
    /// </summary>
    public static string? Neutralise(SyntaxTree tree, IReadOnlySet<int> joinLines)
    {
        var text = tree.GetText();
        var moved = Directives(tree).Where(d => Moves(d, joinLines)).ToList();
        if (moved.Count == 0) return null;
        return text.WithChanges(moved.Select(d => new TextChange(text.Lines.GetLineFromPosition(d.SpanStart).Span,
                                                                 $"#pragma warning disable {Marker}"))).ToString();
    }

    /// <summary>A refusal for each neutralised directive, at the student's line.</summary>
    public static IEnumerable<Diagnostic> Refusals(SyntaxTree tree) =>
        Directives(tree).Where(d => d is PragmaWarningDirectiveTriviaSyntax pragma
                                    && pragma.ErrorCodes.Any(code => code.ToString() == Marker))
                        .Select(d => SourceGuard.Report(d.GetLocation(), "`#line`", BanCategory.LineDirectives))
                        .ToList();

    static IEnumerable<DirectiveTriviaSyntax> Directives(SyntaxTree tree)
    {
        var root = tree.GetRoot();
        return root.ContainsDirectives
            ? root.DescendantTrivia().Select(t => t.GetStructure()).OfType<DirectiveTriviaSyntax>()
            : [];
    }

    static bool Moves(DirectiveTriviaSyntax directive, IReadOnlySet<int> joinLines) => directive switch
    {
        LineDirectiveTriviaSyntax => !joinLines.Contains(directive.GetLocation().GetLineSpan().StartLinePosition.Line),
        LineSpanDirectiveTriviaSyntax or PragmaChecksumDirectiveTriviaSyntax => true,
        _ => false,
    };
}
