using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Grader.Report;

/// <summary>
/// HTML is the Markdown report rendered by Markdig, wrapped in a self-contained page (the stylesheet is inlined). Raw
/// HTML is off, so no text in the Markdown becomes markup; a link may only go to a relative address, http(s) or mailto,
/// so even a link written by hand in an assignment cannot run script in the reader's browser.
/// </summary>
public static class HtmlWriter
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().DisableHtml().Build();
    static readonly string Style = LoadStyle();

    public static string Page(string title, string markdown) =>
        $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{System.Net.WebUtility.HtmlEncode(StudentText.Visible(title))}</title>\n<style>\n{Style}</style>\n</head>\n<body>\n<main>\n{Render(markdown)}</main>\n</body>\n</html>\n";

    static string Render(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => !SafeUrl(l.Url))) link.Url = "";
        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !SafeUrl(l.Url))) link.Url = "";
        return Markdig.Markdown.ToHtml(document, Pipeline);
    }

    // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"), so they are dropped first.
    static bool SafeUrl(string? url)
    {
        var compact = string.Concat((url ?? "").Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
        int colon = compact.IndexOf(':');
        int path = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || path >= 0 && path < colon) return true; // relative: no scheme
        return compact[..colon].ToLowerInvariant() is "http" or "https" or "mailto";
    }

    static string LoadStyle()
    {
        using var stream = typeof(HtmlWriter).Assembly.GetManifestResourceStream("Grader.Report.report.css")!;
        return new StreamReader(stream).ReadToEnd();
    }
}
