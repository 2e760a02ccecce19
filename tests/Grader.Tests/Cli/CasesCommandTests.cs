namespace Grader.Tests.Cli;

/// <summary>
/// Each mistake a TA makes authoring a scripted assignment is one error line naming the file or case.
/// </summary>
public class CasesCommandTests
{
    static (int Code, string Said) Cases(string fixture)
    {
        var (code, _, said) = Fixtures.RunInProcess("cases", Path.Combine(Fixtures.Root, "authoring", fixture));
        return (code, said);
    }

    [TestCase("broken-solution", "solution.csx, line 4, column 30: error CS0103: The name 'b' does not exist")]
    [TestCase("mistake-equals-solution",
        "mistakes/same.csx: gives the solution's answer on every case of question 'scale' (4 cases)")]
    [TestCase("solution-throws", "question 'scale', case 'empty': solution.csx: IndexOutOfRangeException: "
                                 + "Index was outside the bounds of the array. (line 3)")]
    [TestCase("mistake-loops",
        "question 'scale', case 'worked': mistakes/forever.csx: did not finish within 200 ms (an infinite loop?)")]
    [TestCase("dims-never-valid", "question 'scale', random cases 'long vectors': 1000 draws in a row were rejected")]
    public void AnAuthoringErrorIsOneLine(string fixture, string line)
    {
        var (code, said) = Cases(fixture);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(said.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1).And.One.Contains(line), said);
        Assert.That(File.Exists(Path.Combine(Fixtures.Root, "authoring", fixture, "cases", "public.json")), Is.False);
    }

    [Test]
    public void ADimsErrorSaysWhyTheLastDrawWasRejected() =>
        Assert.That(Cases("dims-never-valid").Said,
            Does.Contain("(last rejection: solution.csx: ArgumentException: x has"));
}
