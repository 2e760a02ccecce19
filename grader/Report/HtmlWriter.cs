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
    static readonly MarkdownPipeline Pipeline =
        new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().DisableHtml().Build();
    static readonly string Style = LoadStyle();

    /// <param name="inline">
    /// Images to embed rather than link, by address: the grader's own SVG charts (SvgWriter escapes every text in
    /// them). An image the Markdown shows at one of these addresses becomes that SVG in the page, so the page stands
    /// alone.
    /// </param>
    public static string Page(string title, string markdown, IReadOnlyDictionary<string, string>? inline = null)
    {
        string heading = System.Net.WebUtility.HtmlEncode(StudentText.Visible(title));
        string body = Render(markdown, inline ?? new Dictionary<string, string>());
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
             + $"<title>{heading}</title>\n<style>\n{Style}</style>\n</head>\n"
             + $"<body>\n<main>\n{body}</main>\n</body>\n</html>\n";
    }

    static string Render(string markdown, IReadOnlyDictionary<string, string> inline)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var inlined = document.Descendants<LinkInline>()
            .Where(l => l.IsImage && l.Url is not null && inline.ContainsKey(l.Url)).ToList();
        foreach (var image in inlined)
            image.ReplaceBy(new HtmlInline(inline[image.Url!]), copyChildren: false);
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
