using System.Globalization;
using System.Text;

namespace Grader.Report;

/// <summary>
/// Student text is data. Whatever a submission controls (its file or folder name, an exception message, a compile
/// message quoting its source, console output) passes through here on its way into an output: one function per
/// format, so no writer escapes on its own. HTML is this Markdown rendered with raw HTML off (HtmlWriter); JSON is
/// written by a serializer (JsonWriter).
/// </summary>
public static class StudentText
{
    /// <summary>
    /// Every character that a reader would act on instead of show, as \uXXXX: control characters (ANSI escapes, a
    /// carriage return that overwrites a line, a newline that forges one, NUL), invisible format characters (bidi
    /// overrides that reorder the text around them, zero-width characters), line separators and lone surrogates.
    /// </summary>
    public static string Visible(string text)
    {
        if (PrintableAscii(text) || !text.Any(NeedsEscape)) return text;
        var visible = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                visible.Append(c).Append(text[++i]);
            else if (NeedsEscape(c)) visible.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            else visible.Append(c);
        }
        return visible.ToString();
    }

    // Most text (every value a case shows) is printable ASCII: one vectorised scan settles it.
    static bool PrintableAscii(string text) => text.AsSpan().IndexOfAnyExceptInRange(' ', '~') < 0;

    static bool NeedsEscape(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate;

    /// <summary>Terminal output (`check`, progress and error lines): the text shown, never interpreted.</summary>
    public static string Terminal(string text) => Visible(text);

    /// <summary>
    /// Markdown inline text, also safe in a table cell: every ASCII punctuation character is backslash-escaped
    /// (CommonMark allows that for each), so none starts emphasis, a code span, a link or autolink, raw HTML, an
    /// entity, a table cell, a heading, a quote or a list; no newline is left to start a block.
    /// </summary>
    public static string Markdown(string text)
    {
        var visible = Visible(text);
        var markdown = new StringBuilder(visible.Length + 16);
        foreach (char c in visible)
        {
            if (char.IsAscii(c) && (char.IsPunctuation(c) || char.IsSymbol(c))) markdown.Append('\\');
            markdown.Append(c);
        }
        return markdown.ToString();
    }

    /// <summary>
    /// A Markdown code block of any text (console output, values, a snippet), shown as it is: each line as
    /// <see cref="Visible"/> shows it, inside a backtick fence longer than any run of backticks in it, so nothing in
    /// the text can close the block, and Markdig renders its content escaped in the HTML.
    /// </summary>
    public static string MarkdownCode(string text, string language = "text")
    {
        if (PrintableAscii(text) && !text.Contains('`')) return $"```{language}\n{text}\n```\n";
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(Visible).ToList();
        int longest = 0, run = 0;
        foreach (char c in string.Concat(lines)) longest = Math.Max(longest, run = c == '`' ? run + 1 : 0);
        var fence = new string('`', Math.Max(3, longest + 1));
        return $"{fence}{language}\n{string.Join('\n', lines)}\n{fence}\n";
    }

    /// <summary>
    /// XML text or attribute (JUnit): each line as <see cref="Visible"/> shows it (the line breaks kept), and the two
    /// non-characters XML 1.0 forbids as \uXXXX too; the XmlWriter then escapes markup (&amp;, &lt;, quotes), so every
    /// string is a well-formed value.
    /// </summary>
    public static string Xml(string text) => NoNonCharacters(string.Join('\n', text.Split('\n').Select(Visible)));

    /// <summary>
    /// Text inside an SVG element or attribute, which no XmlWriter escapes: one line as <see cref="Visible"/> shows
    /// it, the non-characters XML 1.0 forbids as \uXXXX, then the five XML specials as entities.
    /// </summary>
    public static string Svg(string text) => new StringBuilder(NoNonCharacters(Visible(text)))
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&apos;")
        .ToString();

    static string NoNonCharacters(string text) => text.Replace("\uFFFE", "\\ufffe").Replace("\uFFFF", "\\uffff");

    /// <summary>
    /// The message of a GitHub Actions workflow command (`::error …::message`), per GitHub's escaping rules: % as
    /// %25, CR as %0D and LF as %0A, so the command stays one line and the runner shows the line breaks; what else a
    /// terminal would act on is shown as in <see cref="Visible"/>.
    /// </summary>
    public static string GitHubData(string text) =>
        Visible(text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A"));

    /// <summary>
    /// A property of a workflow command (`file=…,title=…`): as <see cref="GitHubData"/>, and : and , as %3A and %2C.
    /// </summary>
    public static string GitHubProperty(string text) => GitHubData(text).Replace(":", "%3A").Replace(",", "%2C");

    /// <summary>
    /// A CSV field (RFC 4180: quoted when it holds a separator, quote or line break; `;` too, the separator of many
    /// locales). A field that a spreadsheet would read as a formula (starting with =, +, -, @, tab or CR) gets a
    /// leading apostrophe, which spreadsheets take as "this is text".
    /// </summary>
    public static string Csv(string text)
    {
        var field = Visible(text);
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r') field = "'" + field;
        return field.IndexOfAny([',', ';', '"', '\n', '\r']) >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
    }
}
