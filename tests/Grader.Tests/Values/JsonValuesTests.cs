using Grader.Values;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Values;

public class JsonValuesTests
{
    [Test]
    public void RectangularArraysRoundTripThroughNestedJsonArrays()
    {
        var x = new double[,,] { { { 1, 2 }, { 3, 4 } }, { { 5, 6 }, { 7, 8 } } };
        var json = JsonValues.FromObject(x);
        Assert.That(json.ToString(Newtonsoft.Json.Formatting.None),
                    Is.EqualTo("[[[1.0,2.0],[3.0,4.0]],[[5.0,6.0],[7.0,8.0]]]"));
        Assert.That(JsonValues.ToObject(json, typeof(double[,,])), Is.EqualTo(x));
    }

    [Test]
    public void JaggedArraysOfMatricesAndTuplesAreSupported()
    {
        var weights = new[] { new double[,] { { 1 } }, new double[,] { { 2, 3 } } };
        Assert.That(JsonValues.ToObject(JsonValues.FromObject(weights), typeof(double[][,])), Is.EqualTo(weights));
        var tuple = (new[] { 1.0, 2.0 }, 3.0);
        Assert.That(JsonValues.FromObject(tuple).ToString(Newtonsoft.Json.Formatting.None),
                    Is.EqualTo("[[1.0,2.0],3.0]"));
        Assert.That(JsonValues.ToObject(JArray.Parse("[[1,2],3]"), typeof((double[], double))), Is.EqualTo(tuple));
    }

    [Test]
    public void IntegersAndLongsAreReadExactly()
    {
        Assert.That(JsonValues.ToObject(new JValue(4496293888L), typeof(long)), Is.EqualTo(4496293888L));
        Assert.That(JsonValues.ToObject(JArray.Parse("[1, 2]"), typeof(int[])), Is.EqualTo(new[] { 1, 2 }));
        Assert.Throws<ArgumentException>(() => JsonValues.ToObject(new JValue(1.5), typeof(int)));
    }

    [Test]
    public void RaggedInputIsRejectedWithAMessage()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            JsonValues.ToObject(JArray.Parse("[[1, 2], [3]]"), typeof(double[,])));
        Assert.That(e!.Message, Does.Contain("ragged"));
    }

    [Test]
    public void NonFiniteNumbersTravelAsStrings()
    {
        Assert.That(JsonValues.ToObject(new JValue("NaN"), typeof(double)), Is.NaN);
        Assert.That(JsonValues.ToObject(new JValue("-Infinity"), typeof(double)), Is.EqualTo(double.NegativeInfinity));
    }
}
