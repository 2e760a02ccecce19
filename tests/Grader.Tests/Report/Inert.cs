using System.Text.RegularExpressions;
using Markdig;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Report;

/// <summary>
/// What "student text is inert" means for each output format, checked on a whole output file. The hostile text these
/// are run on (HostileTextTests) holds every live form named here.
/// </summary>
public static partial class Inert
{
    // A reader acts on these instead of showing them: ANSI escapes, NUL, a carriage return, a right-to-left override.
    static readonly char[] Live = ['\u001b', '\0', '\r', '\u202e', '\u009b'];

    public static void Anywhere(string output, string what) =>
        Assert.That(output.IndexOfAny(Live), Is.EqualTo(-1), $"{what} holds a raw control or bidi character");

    /// <summary>
    /// Markdown is checked as the most permissive reader would take it (raw HTML on, every Markdig extension, bare
    /// links autolinked), independently of the grader's own HTML pipeline.
    /// </summary>
    public static void Markdown(string markdown, string what)
    {
        Anywhere(markdown, what);
        Assert.That(OutsideCodeBlocks(markdown), Has.None.StartsWith("# forged").And.None.StartsWith("=HYPERLINK"),
                    what);
        var permissive = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
        Html(Markdig.Markdown.ToHtml(markdown, permissive), what + " (rendered with raw HTML on)");
    }

    // A line inside a fenced code block is shown as it is, not read as Markdown; that the fence holds is checked by the
    // rendering above (a heading or a tag that escaped it would show in the HTML).
    static IEnumerable<string> OutsideCodeBlocks(string markdown)
    {
        string? fence = null;
        foreach (var line in markdown.Split('\n'))
        {
            if (fence is null && Fence().Match(line) is { Success: true } open) fence = open.Groups[1].Value;
            else if (fence is not null && line.TrimEnd() == fence) fence = null;
            else if (fence is null) yield return line;
        }
    }

    [GeneratedRegex("^(`{3,})")]
    private static partial Regex Fence();

    public static void Html(string html, string what)
    {
        Anywhere(html, what);
        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<em>emph").And.Not.Contain("<em>under")
                              .And.Not.Contain("<del>").And.Not.Contain("<code>").And.Not.Contain("<h1>forged")
                              .And.Not.Contain("forged heading</h"), what);
        foreach (Match image in Image().Matches(html))
            Assert.That(image.Groups[1].Value, Does.StartWith("charts/"), $"{what}: an image the grader did not draw");
        foreach (Match href in Href().Matches(html))
            Assert.That(href.Groups[1].Value, Does.StartWith("students/"), $"{what}: a link the grader did not write");
        foreach (Match table in Table().Matches(html))
        {
            var rows = Row().Matches(table.Value).Select(r => Cell().Matches(r.Value).Count).ToList();
            Assert.That(rows, Is.All.EqualTo(rows[0]), $"{what}: a table row with extra or missing cells");
        }
    }

    /// <summary>
    /// RFC 4180 read back: every row as wide as the header, no field a spreadsheet would take as a formula.
    /// </summary>
    public static void Csv(string csv, string what)
    {
        Anywhere(csv, what);
        var rows = CsvRows(csv);
        Assert.That(rows.Select(r => r.Count), Is.All.EqualTo(rows[0].Count), $"{what}: a row with extra fields");
        foreach (var field in rows.SelectMany(r => r))
            Assert.That(field.Length > 0 && field[0] is '=' or '+' or '@' or '\t' or '\r'
                        || field.StartsWith("-") && !double.TryParse(field, out _),
                        Is.False, $"{what}: a formula field {field}");
    }

    /// <summary>
    /// JSON from a serializer: it parses, it is plain ASCII, and every student string comes back exactly.
    /// </summary>
    public static void Json(string json, string what, string hostile)
    {
        Assert.That(json.All(char.IsAscii), what + " is not plain ASCII");
        Anywhere(json, what);
        var strings = JToken.Parse(json).SelectTokens("$..*").Where(t => t.Type == JTokenType.String)
                            .Select(t => (string)t!).ToList();
        Assert.That(strings.Any(s => s.Contains(hostile)), what + " lost the student's text");
    }

    public static void Terminal(string text, string what)
    {
        Anywhere(text, what);
        Assert.That(text.Split('\n'), Has.None.StartsWith("# forged"), what);
    }

    static List<List<string>> CsvRows(string csv)
    {
        var rows = new List<List<string>> { new() };
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            char c = csv[i];
            if (quoted && c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (!quoted && c == ',') { rows[^1].Add(field.ToString()); field.Clear(); }
            else if (!quoted && c == '\n') { rows[^1].Add(field.ToString()); field.Clear(); rows.Add([]); }
            else field.Append(c);
        }
        if (rows[^1].Count == 0) rows.RemoveAt(rows.Count - 1);
        return rows;
    }

    [GeneratedRegex("href=\"([^\"]*)\"")] private static partial Regex Href();
    [GeneratedRegex("<img[^>]*?src=\"([^\"]*)\"|<img(?![^>]*src=)()")] private static partial Regex Image();
    [GeneratedRegex("<table>.*?</table>", RegexOptions.Singleline)] private static partial Regex Table();
    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)] private static partial Regex Row();
    [GeneratedRegex("<t[hd][ >]")] private static partial Regex Cell();
}
