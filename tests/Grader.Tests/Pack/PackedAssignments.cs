namespace Grader.Tests.Pack;

/// <summary>Every bundled assignment packed once by `grader pack` (with the student checker's package beside it) into
/// a scratch folder: out/&lt;id&gt;/student, gradescope/autograder.zip, prairielearn.</summary>
public static class PackedAssignments
{
    static readonly Lazy<string> Packed = new(() =>
    {
        var output = Directory.CreateTempSubdirectory("grader-pack-").FullName;
        foreach (var id in Ids)
        {
            var (code, _, error) = Fixtures.RunInProcess("pack", Fixtures.Bundled(id), "-o", output,
                                                         "--tools", CheckerPackageFolder);
            if (code != 0) throw new AssertionException($"pack {id}: {error}");
        }
        return output;
    });

    public static IEnumerable<string> Ids =>
        Grader.Cli.Paths.BundledAssignments().Select(Path.GetFileName).OfType<string>();

    /// <summary>Where the test build packed the student checker (Grader.Tests.csproj, PackStudentChecker).</summary>
    public static string CheckerPackageFolder =>
        Path.Combine(TestContext.CurrentContext.TestDirectory, "checker-package");

    public static string Of(string id) => Path.Combine(Packed.Value, id);

    public static string Student(string id) => Path.Combine(Of(id), "student");
}
