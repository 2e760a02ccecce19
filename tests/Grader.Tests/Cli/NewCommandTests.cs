using System.Diagnostics;

namespace Grader.Tests.Cli;

/// <summary>
/// A TA's path with nothing but the tool, outside the repository: `new`, edit the solution, `cases`, `verify`, `grade`,
/// and a student's `check` on a copy without the answer key.
/// </summary>
public class NewCommandTests
{
    string scratch = "";

    [SetUp]
    public void MakeScratch() => scratch = Directory.CreateTempSubdirectory("grader-new-").FullName;

    [TearDown]
    public void Clean() => Directory.Delete(scratch, true);

    // The tool as installed: `dotnet grader.dll …` in a child process, run from the scratch folder.
    static (int Code, string Out, string Error) Tool(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(Grader.Run.WorkerLaunch.Default().Host)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in args) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    [Test]
    public void NewThenVerifyPasses()
    {
        Assert.That(Tool(scratch, "new", "hw1").Code, Is.Zero);
        var run = Tool(scratch, "verify", "hw1");
        Assert.That(run.Code, Is.Zero, run.Out + run.Error);
        Assert.That(run.Out, Does.Contain("hw1/sum-not-mean.csx: 0 (expected 0) ok"));
    }

    [Test]
    public void AnEditedSolutionGoesThroughCasesVerifyAndGrade()
    {
        Tool(scratch, "new", "hw2");
        var dir = Path.Combine(scratch, "hw2");
        // The TA makes the loss half the MSE: the solution, the mistake's message stays, the examples follow.
        File.WriteAllText(Path.Combine(dir, "solution.csx"),
            "double MeanSquaredError(double[] p, double[] t) => p.Length == t.Length && p.Length > 0\n"
            + "    ? p.Select((v, i) => (v - t[i]) * (v - t[i])).Average() / 2\n"
            + "    : throw new ArgumentException(\"lengths\");\n");
        Assert.That(Tool(scratch, "verify", "hw2").Code, Is.EqualTo(1), "the case files are stale now");
        Assert.That(Tool(scratch, "cases", "hw2").Code, Is.Zero);
        var stale = Tool(scratch, "verify", "hw2");
        Assert.That(stale.Out, Does.Contain("correct.csx: 0 (expected 10) DIFFERS"), "the old correct example is wrong");
        File.WriteAllText(Path.Combine(dir, "examples", "correct.csx"),
            "double MeanSquaredError(double[] p, double[] t) =>\n"
            + "    p.Select((v, i) => (v - t[i]) * (v - t[i])).Average() / 2;\n");
        var run = Tool(scratch, "verify", "hw2");
        Assert.That(run.Code, Is.Zero, run.Out + run.Error);
        var graded = Tool(scratch, "grade", "hw2", Path.Combine("hw2", "examples"), "-o", "out", "--timestamp", "t");
        Assert.That(graded.Code, Is.Zero, graded.Error);
        var grades = File.ReadAllText(Path.Combine(scratch, "out", "hw2", "grades.csv"));
        Assert.That(grades, Does.Contain("correct,10,10,10,"));
    }

    [Test]
    public void AStudentCopyWithoutTheAnswerKeyChecks()
    {
        Tool(scratch, "new", "hw3");
        var dir = Path.Combine(scratch, "hw3");
        var examples = Path.Combine(scratch, "examples");
        Directory.Move(Path.Combine(dir, "examples"), examples);
        File.Delete(Path.Combine(dir, "solution.csx"));
        Directory.Delete(Path.Combine(dir, "mistakes"), true);
        File.Delete(Path.Combine(dir, "cases", "hidden.json"));
        Assert.That(Tool(scratch, "check", "hw3", Path.Combine(examples, "correct.csx")).Code, Is.Zero);
        var wrong = Tool(scratch, "check", "hw3", Path.Combine(examples, "sum-not-mean.csx"));
        Assert.That(wrong.Code, Is.EqualTo(1));
        Assert.That(wrong.Out, Does.Contain("sum of the squared errors"), "diagnosed from the case files alone");
    }

    [Test]
    public void AnExistingFolderIsNotOverwritten()
    {
        Directory.CreateDirectory(Path.Combine(scratch, "taken"));
        var run = Tool(scratch, "new", "taken");
        Assert.That(run.Code, Is.EqualTo(2));
        Assert.That(run.Error.Trim(), Does.StartWith("error: ").And.EndWith("taken already exists"));
    }
}
