using Grader.Cases;

namespace Grader.Tests.Cases;

public class DimExpressionTests
{
    static readonly Dictionary<string, int> Dims = new() { ["h"] = 7, ["p"] = 1, ["k"] = 3, ["s"] = 2 };

    [TestCase("(h + 2*p - k) / s + 1", 4)]
    [TestCase("h - k - p", 3)]
    [TestCase("2 * (h - 1)", 12)]
    [TestCase("-k + 10", 7)]
    [TestCase("k - 1", 2)]
    public void EvaluatesIntegerArithmeticOverDims(string text, int value) =>
        Assert.That(DimExpression.Evaluate(text, Dims), Is.EqualTo(value));

    [Test]
    public void AnUnknownNameIsAClearError()
    {
        var e = Assert.Throws<FormatException>(() => DimExpression.Evaluate("q + 1", Dims));
        Assert.That(e!.Message, Does.Contain("unknown dim 'q'"));
    }
}
