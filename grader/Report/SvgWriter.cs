using System.Globalization;
using System.Text;

namespace Grader.Report;

/// <summary>
/// One bar of a row: its length in the chart's unit and what it shows (which sets its colour and legend).
/// </summary>
public sealed record BarSegment(double Value, BarKind Kind);

/// <summary>
/// A row of a horizontal bar chart: a label on the left, segments laid end to end, a text after them.
/// </summary>
public sealed record BarRow(string Label, IReadOnlyList<BarSegment> Segments, string Text);

/// <summary>What a bar means. Pass and fail carry a colour and a word in the legend, never a colour alone.</summary>
public enum BarKind { Count, Mean, Pass, Fail }

/// <summary>
/// A horizontal bar chart as a self-contained SVG (no script, no external reference, no native dependency). Every
/// text goes through <see cref="Text"/>, the one escaping place for SVG: whatever the label holds stays text.
/// </summary>
public static class SvgWriter
{
    const int Width = 760, LabelWidth = 270, BarWidth = 300, RowHeight = 24, Top = 34, LabelLength = 34;

    public static string HorizontalBars(string title, IReadOnlyList<BarRow> rows, double scale)
    {
        var kinds = rows.SelectMany(r => r.Segments).Select(s => s.Kind).Distinct().Order().ToList();
        int height = Top + (Math.Max(rows.Count, 1) + kinds.Count) * RowHeight + 8;
        var svg = new StringBuilder();
        var shownTitle = StudentText.Svg(title);
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" ")
           .Append(CultureInfo.InvariantCulture, $"width=\"{Width}\" height=\"{height}\" ")
           .Append(CultureInfo.InvariantCulture, $"viewBox=\"0 0 {Width} {height}\" ")
           .Append("role=\"img\" aria-label=\"").Append(shownTitle).Append("\" ")
           .Append("font-family=\"system-ui, sans-serif\" font-size=\"13\">\n")
           .Append("<title>").Append(shownTitle).Append("</title>\n")
           .Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{height}\" fill=\"#ffffff\"/>\n")
           .Append("<text x=\"8\" y=\"20\" font-weight=\"bold\" fill=\"#1d2330\">")
           .Append(shownTitle).Append("</text>\n");
        if (rows.Count == 0)
            svg.Append(CultureInfo.InvariantCulture,
                       $"<text x=\"{LabelWidth}\" y=\"{Top + 16}\" fill=\"#3d4a5c\">nothing to show</text>\n");
        for (int i = 0; i < rows.Count; i++) Row(svg, rows[i], Top + i * RowHeight, scale);
        Legend(svg, kinds, Top + Math.Max(rows.Count, 1) * RowHeight + 16);
        return svg.Append("</svg>\n").ToString();
    }

    static void Row(StringBuilder svg, BarRow row, int y, double scale)
    {
        svg.Append("<g><title>").Append(StudentText.Svg(row.Label)).Append(": ").Append(StudentText.Svg(row.Text))
           .Append("</title>")
           .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\" ")
           .Append("fill=\"#1d2330\">").Append(StudentText.Svg(Shorten(row.Label))).Append("</text>");
        double x = LabelWidth;
        foreach (var segment in row.Segments)
        {
            double width = scale > 0 ? segment.Value / scale * BarWidth : 0;
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar {Name(segment.Kind)}\" ")
               .Append(CultureInfo.InvariantCulture, $"data-value=\"{Number(segment.Value)}\" ")
               .Append(CultureInfo.InvariantCulture, $"x=\"{Number(x)}\" y=\"{y + 4}\" width=\"{Number(width)}\" ")
               .Append(CultureInfo.InvariantCulture, $"height=\"16\" fill=\"{Colour(segment.Kind)}\"/>");
            x += width;
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Number(x + 6)}\" y=\"{y + 16}\" fill=\"#1d2330\">")
           .Append(StudentText.Svg(row.Text)).Append("</text></g>\n");
    }

    // A colour is never alone: the legend names what each one means, one line each.
    static void Legend(StringBuilder svg, IReadOnlyList<BarKind> kinds, int y)
    {
        foreach (var kind in kinds)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y - 11}\" ")
               .Append(CultureInfo.InvariantCulture, $"width=\"12\" height=\"12\" fill=\"{Colour(kind)}\"/>")
               .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + 18}\" y=\"{y}\" fill=\"#1d2330\">")
               .Append(StudentText.Svg(Meaning(kind))).Append("</text>\n");
            y += RowHeight;
        }
    }

    static string Name(BarKind kind) => kind.ToString().ToLowerInvariant();

    static string Colour(BarKind kind) => kind switch
    {
        BarKind.Pass => "#2e7d32",
        BarKind.Fail => "#c62828",
        BarKind.Mean => "#5c6bc0",
        BarKind.Count => "#4a7ab8",
    };

    static string Meaning(BarKind kind) => kind switch
    {
        BarKind.Pass => "passed: full marks",
        BarKind.Fail => "failed: below full marks",
        BarKind.Mean => "mean score, share of the points",
        BarKind.Count => "students",
    };

    static string Shorten(string label)
    {
        var elements = new StringInfo(label);
        return elements.LengthInTextElements <= LabelLength
            ? label
            : elements.SubstringByTextElements(0, LabelLength - 1) + "…";
    }

    static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
