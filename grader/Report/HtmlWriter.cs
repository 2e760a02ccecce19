using Markdig;

namespace Grader.Report;

/// <summary>HTML is the Markdown report rendered by Markdig, wrapped in a self-contained page (the stylesheet is inlined).</summary>
public static class HtmlWriter
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();
    static readonly string Style = LoadStyle();

    public static string Page(string title, string markdown) =>
        $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{System.Net.WebUtility.HtmlEncode(title)}</title>\n<style>\n{Style}</style>\n</head>\n<body>\n<main>\n{Markdown.ToHtml(markdown, Pipeline)}</main>\n</body>\n</html>\n";

    static string LoadStyle()
    {
        using var stream = typeof(HtmlWriter).Assembly.GetManifestResourceStream("Grader.Report.report.css")!;
        return new StreamReader(stream).ReadToEnd();
    }
}
