using System.Globalization;
using System.Text;

namespace Grader.Cnn.Training;

/// <summary>A small hand-written SVG line chart with a logarithmic y axis (losses and error rates of the six
/// variants differ by two decades, so a linear axis would flatten the good ones into one line).</summary>
public static class SvgChart
{
    public sealed record Series(string Name, string Color, bool Dashed, IReadOnlyList<(double X, double Y)> Points);

    const int Width = 640, Height = 400, Left = 60, Right = 150, Top = 30, Bottom = 45;

    public static string Render(string title, string xLabel, string yLabel, IReadOnlyList<Series> series)
    {
        var points = series.SelectMany(s => s.Points).Where(p => p.Y > 0).ToList();
        double xMax = points.Count == 0 ? 1 : points.Max(p => p.X);
        double yMin = Math.Pow(10, Math.Floor(Math.Log10(points.Count == 0 ? 0.01 : points.Min(p => p.Y))));
        double yMax = Math.Pow(10, Math.Ceiling(Math.Log10(points.Count == 0 ? 1 : points.Max(p => p.Y))));
        if (yMax <= yMin) yMax = yMin * 10;
        double plotW = Width - Left - Right, plotH = Height - Top - Bottom;
        string X(double x) => F(Left + x / xMax * plotW);
        string Y(double y) =>
            F(Top + plotH * (1 - (Math.Log10(Math.Max(y, yMin)) - Math.Log10(yMin)) / Math.Log10(yMax / yMin)));

        var svg = new StringBuilder();
        svg.AppendLine($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" " +
            "font-family=\"sans-serif\" font-size=\"11\">");
        svg.AppendLine($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>");
        svg.AppendLine($"<text x=\"{Width / 2}\" y=\"18\" text-anchor=\"middle\" " +
            $"font-size=\"14\">{Escape(title)}</text>");
        for (double d = yMin; d <= yMax * 1.0001; d *= 10)
        {
            svg.AppendLine($"<line x1=\"{Left}\" x2=\"{F(Left + plotW)}\" y1=\"{Y(d)}\" y2=\"{Y(d)}\" " +
                "stroke=\"#ddd\"/>");
            svg.AppendLine($"<text x=\"{Left - 5}\" y=\"{Y(d)}\" text-anchor=\"end\" " +
                $"dy=\"4\">{d.ToString("G3", CultureInfo.InvariantCulture)}</text>");
        }
        for (int e = 0; e <= (int)Math.Round(xMax); e++)
            svg.AppendLine($"<text x=\"{X(e)}\" y=\"{F(Top + plotH + 15)}\" text-anchor=\"middle\">{e}</text>");
        svg.AppendLine($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{F(plotW)}\" height=\"{F(plotH)}\" fill=\"none\" " +
            "stroke=\"#444\"/>");
        svg.AppendLine($"<text x=\"{F(Left + plotW / 2)}\" y=\"{Height - 8}\" " +
            $"text-anchor=\"middle\">{Escape(xLabel)}</text>");
        svg.AppendLine($"<text transform=\"translate(14,{F(Top + plotH / 2)}) rotate(-90)\" " +
            $"text-anchor=\"middle\">{Escape(yLabel)}</text>");
        for (int i = 0; i < series.Count; i++)
        {
            var s = series[i];
            var dash = s.Dashed ? " stroke-dasharray=\"5,3\"" : "";
            var path = string.Join(' ', s.Points.Select(p => $"{X(p.X)},{Y(p.Y)}"));
            svg.AppendLine($"<polyline fill=\"none\" stroke=\"{s.Color}\" stroke-width=\"1.5\"{dash} " +
                $"points=\"{path}\"/>");
            double ly = Top + 10 + 16 * i;
            svg.AppendLine($"<line x1=\"{F(Left + plotW + 10)}\" x2=\"{F(Left + plotW + 30)}\" y1=\"{F(ly)}\" " +
                $"y2=\"{F(ly)}\" stroke=\"{s.Color}\" stroke-width=\"1.5\"{dash}/>");
            svg.AppendLine($"<text x=\"{F(Left + plotW + 35)}\" y=\"{F(ly)}\" dy=\"4\">{Escape(s.Name)}</text>");
        }
        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
