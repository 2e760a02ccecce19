using System.Xml.Linq;
using Grader.Cnn.Training;

namespace Grader.Cnn.Tests.Training;

public class SvgChartTests
{
    [Test]
    public void Renders_well_formed_svg_with_one_polyline_per_series_on_a_log_axis()
    {
        var svg = SvgChart.Render("t < u", "epoch", "loss", [
            new("a", "red", false, [(0.5, 2.3), (1, 0.1)]),
            new("b", "blue", true, [(0.5, 0.05), (1, 0.02)])]);
        var doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.That(doc.Descendants(ns + "polyline").Count(), Is.EqualTo(2));
        // Decades from 0.01 to 10 get a label each.
        Assert.That(doc.Descendants(ns + "text").Select(t => t.Value),
            Is.SupersetOf(new[] { "0.01", "0.1", "1", "10" }));
        Assert.That(doc.Descendants(ns + "text").First().Value, Is.EqualTo("t < u"));
    }
}
