using Grader.Assignments;
using Grader.Check;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Check;

public class ToleranceTests
{
    static readonly ToleranceSpec Tight = new() { Abs = 1e-6, Rel = 1e-6 };

    static Comparison Compare(string expected, string actual) =>
        Tolerance.Compare(JToken.Parse(expected), JToken.Parse(actual), Tight);

    [Test]
    public void EqualWithinAbsolutePlusRelativeTolerance()
    {
        Assert.That(Compare("[[1.0, 2.0]]", "[[1.0000005, 2.0000025]]"), Is.TypeOf<Match>());
        Assert.That(Compare("[1000000.0]", "[1000000.9]"), Is.TypeOf<Match>(), "1e-6 + 1e-6·1e6 allows almost 1");
    }

    [Test]
    public void TheMessageNamesTheFirstWrongElementExpectedActualAndTolerance()
    {
        var mismatch = (Mismatch)Compare("[[1, 2], [3, 4]]", "[[1, 2], [3.5, 9]]");
        Assert.That(mismatch.Message,
                    Is.EqualTo("at [1,0]: expected 3, got 3.5 (tolerance 1E-06 + 1E-06·|expected|)"));
    }

    [Test]
    public void ShapeIsCheckedBeforeValues()
    {
        Assert.That(((Mismatch)Compare("[[1, 2, 3]]", "[[1, 2], [3, 4]]")).Message,
                    Is.EqualTo("expected shape 1×3, got shape 2×2"));
        Assert.That(((Mismatch)Compare("[[1]]", "1")).Message, Does.Contain("expected an array of shape 1×1, got 1"));
    }

    [Test]
    public void NaNNeverEqualsAnything()
    {
        Assert.That(Compare("[\"NaN\"]", "[\"NaN\"]"), Is.TypeOf<Mismatch>());
        Assert.That(Compare("[1]", "[\"NaN\"]"), Is.TypeOf<Mismatch>());
    }

    [Test]
    public void InfinitiesEqualOnlyInfinitiesOfTheSameSign()
    {
        Assert.That(Compare("\"Infinity\"", "\"Infinity\""), Is.TypeOf<Match>());
        Assert.That(Compare("\"Infinity\"", "\"-Infinity\""), Is.TypeOf<Mismatch>());
        Assert.That(Compare("\"Infinity\"", "1e308"), Is.TypeOf<Mismatch>());
    }

    [Test]
    public void NonNumbersCompareExactly()
    {
        Assert.That(Compare("[true, \"a\"]", "[true, \"a\"]"), Is.TypeOf<Match>());
        Assert.That(Compare("[true]", "[false]"), Is.TypeOf<Mismatch>());
    }
}
