using Grader.Assignments;

namespace Grader.Tests.Assignments;

public class AssignmentLoaderTests
{
    string scratch = "";

    [SetUp]
    public void CopyTinyAssignment()
    {
        scratch = Path.Combine(Path.GetTempPath(), "grader-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(scratch, "cases"));
        foreach (var file in new[] { "assignment.json", "cases/public.json", "cases/hidden.json" })
            File.Copy(Path.Combine(Fixtures.Tiny, file), Path.Combine(scratch, file));
    }

    [TearDown]
    public void Clean() => Directory.Delete(scratch, recursive: true);

    [Test]
    public void LoadsQuestionsAndBothCaseFiles()
    {
        var assignment = Fixtures.Load(scratch);
        Assert.That(assignment.Spec.Questions.Select(q => q.Id), Is.EqualTo(new[] { "conv1d", "dw", "why" }));
        Assert.That(assignment.HasHiddenCases);
        Assert.That(assignment.Cases["conv1d"], Has.Count.EqualTo(3));
    }

    [Test]
    public void PublicOnlyLeavesTheHiddenCasesOut()
    {
        var assignment = Fixtures.Load(scratch, publicOnly: true);
        Assert.That(assignment.Cases.Values.SelectMany(c => c).All(c => c.Public));
    }

    [Test]
    public void AStudentCopyWithoutHiddenCasesStillLoads()
    {
        File.Delete(AssignmentLoader.HiddenCasesPath(scratch));
        Assert.That(Fixtures.Load(scratch).HasHiddenCases, Is.False);
    }

    [Test]
    public void AnUnknownKeyIsAnErrorThatNamesIt()
    {
        var path = Path.Combine(scratch, "assignment.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"timeLimitMs\"", "\"timeLimit\""));
        var failed = AssignmentLoader.Load(scratch) as LoadFailed;
        Assert.That(failed?.Message, Does.Contain("timeLimit").And.Contain("assignment.json"));
    }

    [Test]
    public void BrokenJsonIsAOneLineError()
    {
        File.WriteAllText(Path.Combine(scratch, "assignment.json"), "{ \"id\": ");
        Assert.That(AssignmentLoader.Load(scratch), Is.TypeOf<LoadFailed>());
    }

    [Test]
    public void MissingCaseFilesSayHowToMakeThem()
    {
        File.Delete(AssignmentLoader.PublicCasesPath(scratch));
        Assert.That((AssignmentLoader.Load(scratch) as LoadFailed)?.Message, Does.Contain("grader cases"));
    }

    [TestCase("\"points\": 6", "\"points\": 0", "'points' must be positive")]
    [TestCase("\"id\": \"dw\"", "\"id\": \"conv1d\"", "used twice")]
    public void InvalidSpecsAreExplained(string from, string to, string message)
    {
        var path = Path.Combine(scratch, "assignment.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to));
        Assert.That((AssignmentLoader.Load(scratch) as LoadFailed)?.Message, Does.Contain(message));
    }

    // The TA's own mistakes in assignment.json: each is one line naming the key, never a trace or a folder outside -o.
    // One key of assignment.json (its good value as JSON text), what the error must name, and bad values for it.
    [TestCase("id", "\"tiny\"", "'id'", "\"../../escaped\"", "\"/etc\"", "\"..\"", "\"a\\nb\"")]
    [TestCase("id", "\"conv1d\"", "question id", "\"conv/1d\"")]
    [TestCase("id", "\"dw\"", "question id", "\"CON\"")]
    [TestCase("timeLimitMs", "1000", "'timeLimitMs'", "0", "-5", "86400000")]
    [TestCase("memoryLimitMb", "128", "'memoryLimitMb'", "1", "2000000000")]
    [TestCase("memoryLimitMb", "128", "memoryLimitMb", "99999999999")]
    public void AnUnsafeIdOrALimitOutOfRangeIsAOneLineLoadError(string key, string value, string named,
                                                                params string[] badValues)
    {
        var path = Path.Combine(scratch, "assignment.json");
        var text = File.ReadAllText(path);
        var from = $"\"{key}\": {value}";
        Assert.That(text, Does.Contain(from));
        foreach (var bad in badValues)
        {
            File.WriteAllText(path, text.Replace(from, $"\"{key}\": {bad}"));
            var failed = AssignmentLoader.Load(scratch) as LoadFailed;
            Assert.That(failed?.Message, Does.Contain(named).And.Not.Contain("\n"), $"{key}: {bad}");
        }
    }

    [Test]
    public void AHandedInFileMustBeAPlainNameInTheSubmissionFolder()
    {
        var path = Path.Combine(scratch, "assignment.json");
        var artifact = """
            { "id": "w", "title": "W", "points": 1,
              "artifact": { "file": "../bob/w.f32", "evaluator": "cnn-test-accuracy", "full": 1 } },
            """;
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"questions\": [", "\"questions\": [" + artifact));
        Assert.That((AssignmentLoader.Load(scratch) as LoadFailed)?.Message, Does.Contain("'artifact.file'"));
    }
}
