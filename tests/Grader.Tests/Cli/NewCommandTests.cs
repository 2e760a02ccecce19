namespace Grader.Tests.Cli;

/// <summary>
/// A TA's path with nothing but the tool, outside the repository: `new`, edit the solution, `cases`, `verify`, `grade`,
/// and a student's `check` on a copy without the answer key.
/// </summary>
public class NewCommandTests() : ScratchFolderTests("grader-new-")
{
    // The tool as installed: `dotnet grader.dll …` in a child process, run from the scratch folder.
    static (int Code, string Out, string Error) Tool(string workingDirectory, params string[] args) =>
        Fixtures.RunGrader(workingDirectory, new Dictionary<string, string>(), args);

    [Test]
    public void NewThenVerifyPasses()
    {
        Assert.That(Tool(Scratch, "new", "hw1").Code, Is.Zero);
        var run = Tool(Scratch, "verify", "hw1");
        Assert.That(run.Code, Is.Zero, run.Out + run.Error);
        Assert.That(run.Out, Does.Contain("hw1/sum-not-mean.csx: 0 (expected 0) ok"));
    }

    [Test]
    public void AnEditedSolutionGoesThroughCasesVerifyAndGrade()
    {
        Tool(Scratch, "new", "hw2");
        var dir = Path.Combine(Scratch, "hw2");
        // The TA makes the loss half the MSE: the solution, the mistake's message stays, the examples follow.
        File.WriteAllText(Path.Combine(dir, "solution.csx"),
            "double MeanSquaredError(double[] p, double[] t) => p.Length == t.Length && p.Length > 0\n"
            + "    ? p.Select((v, i) => (v - t[i]) * (v - t[i])).Average() / 2\n"
            + "    : throw new ArgumentException(\"lengths\");\n");
        Assert.That(Tool(Scratch, "verify", "hw2").Code, Is.EqualTo(1), "the case files are stale now");
        Assert.That(Tool(Scratch, "cases", "hw2").Code, Is.Zero);
        var stale = Tool(Scratch, "verify", "hw2");
        Assert.That(stale.Out, Does.Contain("correct.csx: 0 (expected 10) DIFFERS"),
                    "the old correct example is wrong");
        File.WriteAllText(Path.Combine(dir, "examples", "correct.csx"),
            "double MeanSquaredError(double[] p, double[] t) =>\n"
            + "    p.Select((v, i) => (v - t[i]) * (v - t[i])).Average() / 2;\n");
        var run = Tool(Scratch, "verify", "hw2");
        Assert.That(run.Code, Is.Zero, run.Out + run.Error);
        var graded = Tool(Scratch, "grade", "hw2", Path.Combine("hw2", "examples"), "-o", "out", "--timestamp", "t");
        Assert.That(graded.Code, Is.Zero, graded.Error);
        var grades = File.ReadAllText(Path.Combine(Scratch, "out", "hw2", "grades.csv"));
        Assert.That(grades, Does.Contain("correct,10,10,10,"));
    }

    [Test]
    public void AStudentCopyWithoutTheAnswerKeyChecks()
    {
        Tool(Scratch, "new", "hw3");
        var dir = Path.Combine(Scratch, "hw3");
        var examples = Path.Combine(Scratch, "examples");
        Directory.Move(Path.Combine(dir, "examples"), examples);
        File.Delete(Path.Combine(dir, "solution.csx"));
        Directory.Delete(Path.Combine(dir, "mistakes"), true);
        File.Delete(Path.Combine(dir, "cases", "hidden.json"));
        Assert.That(Tool(Scratch, "check", "hw3", Path.Combine(examples, "correct.csx")).Code, Is.Zero);
        var wrong = Tool(Scratch, "check", "hw3", Path.Combine(examples, "sum-not-mean.csx"));
        Assert.That(wrong.Code, Is.EqualTo(1));
        Assert.That(wrong.Out, Does.Contain("sum of the squared errors"), "diagnosed from the case files alone");
    }

    [Test]
    public void AnExistingFolderIsNotOverwritten()
    {
        Directory.CreateDirectory(Path.Combine(Scratch, "taken"));
        var run = Tool(Scratch, "new", "taken");
        Assert.That(run.Code, Is.EqualTo(2));
        Assert.That(run.Error.Trim(), Does.StartWith("error: ").And.EndWith("taken already exists"));
    }
}
