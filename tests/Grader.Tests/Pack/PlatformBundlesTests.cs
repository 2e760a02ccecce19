using System.IO.Compression;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Pack;

/// <summary>Gradescope's zip and PrairieLearn's folder hold the grading files (hidden cases included: they stay on the
/// platform), no example, solution or mistake script, and executable scripts that run `autograde` on the paths each
/// platform uses.</summary>
public class PlatformBundlesTests
{
    const string Scripted = "softmax-regression";

    static ZipArchive Zip(string id) =>
        ZipFile.OpenRead(Path.Combine(PackedAssignments.Of(id), "gradescope", "autograder.zip"));

    [Test]
    public void TheGradescopeZipHoldsItsScriptsAtTheRootAndTheGradingFiles()
    {
        using var zip = Zip(Scripted);
        Assert.That(zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal), Is.EqualTo(new[]
        {
            "assignment/README.md", "assignment/assignment.json", "assignment/cases/hidden.json",
            "assignment/cases/public.json", "assignment/template.csx", "run_autograder", "setup.sh", "tools/",
        }));
        foreach (var script in new[] { "setup.sh", "run_autograder" })
            Assert.That((zip.GetEntry(script)!.ExternalAttributes >> 16) & 0b111_111_111, Is.EqualTo(0b111_101_101),
                        script);
    }

    [Test]
    public void RunAutograderGradesTheSubmissionIntoGradescopesResults()
    {
        using var zip = Zip("conv-backprop");
        using var reader = new StreamReader(zip.GetEntry("run_autograder")!.Open());
        var script = reader.ReadToEnd();
        Assert.That(script, Does.Contain("grader autograde /autograder/source/assignment /autograder/submission")
                                .And.Contain("--gradescope /autograder/results/results.json"));
        using var setup = new StreamReader(zip.GetEntry("setup.sh")!.Open());
        Assert.That(setup.ReadToEnd(), Does.Contain("--add-source /autograder/source/tools Grader --version 0.1.0"));
    }

    [Test, System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void ThePrairieLearnFolderRunsItsEntrypointOnTheGradingFiles()
    {
        var folder = Path.Combine(PackedAssignments.Of(Scripted), "prairielearn");
        var info = JObject.Parse(File.ReadAllText(Path.Combine(folder, "info-external-grading.json")));
        var options = info["externalGradingOptions"]!;
        var entrypoint = options["entrypoint"]!.Value<string>()!;
        Assert.That(entrypoint, Is.EqualTo($"/grade/serverFilesCourse/{Scripted}/run.sh"));
        var runSh = Path.Combine(folder, entrypoint["/grade/".Length..]);
        Assert.That(File.GetUnixFileMode(runSh) & UnixFileMode.UserExecute, Is.EqualTo(UnixFileMode.UserExecute));
        Assert.That(File.ReadAllText(runSh), Does.Contain(
            "autograde \"$here/assignment\" /grade/student --prairielearn /grade/results/results.json"));
        var course = Path.GetDirectoryName(runSh)!;
        Assert.That(Directory.GetFiles(course, "*", SearchOption.AllDirectories)
                        .Select(f => Path.GetRelativePath(course, f)).Order(),
                    Is.EqualTo(new[]
                    {
                        "assignment/README.md", "assignment/assignment.json", "assignment/cases/hidden.json",
                        "assignment/cases/public.json", "assignment/template.csx", "run.sh",
                    }));
    }

    [Test]
    public void PackRefusesAnAssignmentWithoutHiddenCasesAndAnExistingFolder()
    {
        var student = Path.Combine(PackedAssignments.Student("conv-backprop"), "assignment");
        Assert.That(Fixtures.RunInProcess("pack", student, "-o", Path.GetTempPath()).Error,
                    Does.Contain("has no cases/hidden.json"));
        var (code, _, error) = Fixtures.RunInProcess("pack", Fixtures.Bundled("conv-backprop"), "-o",
                                                     Path.GetDirectoryName(PackedAssignments.Of("conv-backprop"))!);
        Assert.That((code, error), Is.EqualTo((2, $"error: {PackedAssignments.Of("conv-backprop")} already exists: " +
                                                  "remove it or choose another -o\n")));
    }
}
