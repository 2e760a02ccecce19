namespace Grader.Tests;

/// <summary>
/// Tests that each get a temporary folder of their own, removed after the test. Given students, it starts with their
/// submissions in in/: each student a copy of a fixture submission (Fixtures/submissions/).
/// </summary>
public abstract class ScratchFolderTests(string prefix, params (string Student, string Fixture)[] students)
{
    /// <summary>The test's own folder.</summary>
    protected string Scratch { get; private set; } = "";

    /// <summary>The submissions folder, scratch/in (there only when the class names students).</summary>
    protected string Input => Path.Combine(Scratch, "in");

    [SetUp]
    public void MakeScratch()
    {
        Scratch = Directory.CreateTempSubdirectory(prefix).FullName;
        if (students.Length > 0) Directory.CreateDirectory(Input);
        foreach (var (student, fixture) in students)
            File.Copy(Fixtures.Submission(fixture), Path.Combine(Input, $"{student}.csx"));
    }

    [TearDown]
    public void RemoveScratch() => Directory.Delete(Scratch, true);
}
