using Grader.Assignments;
using Grader.Report;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Report;

/// <summary>The values around a wrong answer's first difference: a few elements each side, innermost array.</summary>
public class CaseFeedbackTests
{
    static CaseValues Values(string expected, string actual, params int[] at) =>
        new("q", new GradedCase { Expected = JToken.Parse(expected) }, JToken.Parse(actual), at);

    [Test]
    public void AVectorShowsThreeElementsEachSide()
    {
        var difference = CaseFeedback.Around(Values("[0,1,2,3,4,5,6,7,8,9]", "[0,1,2,3,4,5,6,-7,8,9]", 7), 100)!;
        Assert.That(difference.Where, Is.EqualTo("at [7]; elements [4..9]"));
        Assert.That(difference.Expected, Is.EqualTo("…, 4, 5, 6, 7, 8, 9"));
        Assert.That(difference.Actual, Is.EqualTo("…, 4, 5, 6, -7, 8, 9"));
    }

    [Test]
    public void AMatrixShowsTheRowOfTheDifference()
    {
        var row = "[0,1,2,3,4,5,6,7,8,9]";
        var difference = CaseFeedback.Around(Values($"[{row},{row}]", $"[{row},[0,9,2,3,4,5,6,7,8,9]]", 1, 1), 100)!;
        Assert.That(difference.Where, Is.EqualTo("at [1,1]; elements [1,0..4]"));
        Assert.That(difference.Expected, Is.EqualTo("0, 1, 2, 3, 4, …"));
        Assert.That(difference.Actual, Is.EqualTo("0, 9, 2, 3, 4, …"));
    }

    [Test]
    public void AScalarOrAShapeMismatchShowsTheWholeValueBounded()
    {
        var difference = CaseFeedback.Around(Values("[1,2]", "3.5"), 4)!;
        Assert.That(difference.Where, Is.EqualTo("the whole value"));
        Assert.That(difference.Expected, Is.EqualTo("[1,2… (1 more characters cut)"));
        Assert.That(difference.Actual, Is.EqualTo("3.5"));
    }

    [Test]
    public void FloatNoiseIsDroppedButADifferenceTheToleranceSeesStays()
    {
        var difference = CaseFeedback.Around(Values("[0.32070000000000004, 1.0]", "[0.3207003, 1.0]", 0), 100)!;
        Assert.That((difference.Expected, difference.Actual), Is.EqualTo(("0.3207, 1", "0.3207003, 1")));
    }

    [Test]
    public void APassOrAnAnswerThatDidNotReturnHasNoDifference() =>
        Assert.That(CaseFeedback.Around(new CaseValues("q", new GradedCase { Expected = 1 }, null, null), 100),
                    Is.Null);
}
