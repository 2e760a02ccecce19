using Grader.Assignments;
using Grader.Cases;

namespace Grader.Tests.Cases;

public class SeparationTests
{
    static string Unseparated => Path.Combine(Fixtures.Root, "unseparated");

    static IEnumerable<string> BundledAssignments() => Grader.Cli.Paths.BundledAssignments().Select(Path.GetFileName)!;

    [TestCaseSource(nameof(BundledAssignments))]
    public void EveryMistakeIsToldApartByOnePublicAndTwoHiddenCases(string id)
    {
        var dir = Fixtures.Bundled(id);
        var (shown, hidden) = Grader.Cases.CaseFiles.Build(dir);
        var spec = Json.Read<AssignmentSpec>(Path.Combine(dir, AssignmentLoader.SpecFile));
        Assert.That(Separation.Problems(spec, shown, hidden), Is.Empty);
    }

    [Test]
    public void AMistakeNoPublicCaseTellsApartIsNamed()
    {
        // The only public case has output = target: every gradient, wrong sign or not, is zero there.
        var (shown, hidden) = Grader.Cases.CaseFiles.Build(Unseparated);
        var spec = Json.Read<AssignmentSpec>(Path.Combine(Unseparated, AssignmentLoader.SpecFile));
        Assert.That(Separation.Problems(spec, shown, hidden), Has.Some.EqualTo(
            "unseparated/mse-gradient: mistake 'wrong-sign' differs from the answer " +
            "in 0 public and 2 hidden case(s); it needs 1 and 2"));
    }

    [Test]
    public void TwoCasesWithTheSameArgumentsAreNamed()
    {
        var (shown, hidden) = Grader.Cases.CaseFiles.Build(Unseparated);
        var spec = Json.Read<AssignmentSpec>(Path.Combine(Unseparated, AssignmentLoader.SpecFile));
        Assert.That(Separation.Problems(spec, shown, hidden),
            Has.Some.EqualTo("unseparated/mse-gradient: cases 'hidden apart', 'hidden again' have the same arguments"));
    }

    [Test]
    public void VerifyFailsWhenTheCasesCannotTellAMistakeApart()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"unseparated-{Guid.NewGuid():N}");
        CopyDirectory(Unseparated, dir);
        var (shown, hidden) = Grader.Cases.CaseFiles.Build(dir);
        Directory.CreateDirectory(Path.Combine(dir, "cases"));
        File.WriteAllText(AssignmentLoader.PublicCasesPath(dir), Json.Write(shown));
        File.WriteAllText(AssignmentLoader.HiddenCasesPath(dir), Json.Write(hidden));
        try
        {
            Assert.That(Grader.Pipeline.Verification.RunAsync(Fixtures.Session(), dir, 1).GetAwaiter().GetResult(),
                        Is.EqualTo(2));
        }
        finally { Directory.Delete(dir, true); }
    }

    static void CopyDirectory(string from, string to)
    {
        foreach (var sub in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(sub.Replace(from, to));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to));
    }
}
