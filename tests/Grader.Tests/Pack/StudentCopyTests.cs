using System.Globalization;
using Grader.Assignments;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Pack;

/// <summary>
/// The student copy `pack` writes of every bundled assignment holds exactly the files a student needs, loads as an
/// assignment with the public cases only, names no answer key and specifies no case (so no hidden-case seed), holds no
/// hidden case's value anywhere, and `cases` run on it refuses instead of producing hidden cases.
/// </summary>
public class StudentCopyTests
{
    static IEnumerable<string> Ids => PackedAssignments.Ids;

    static string[] FilesOf(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [TestCaseSource(nameof(Ids))]
    public void TheCopyHoldsExactlyTheStudentsFiles(string id) =>
        Assert.That(FilesOf(PackedAssignments.Student(id)), Is.EqualTo(new[]
        {
            ".config/dotnet-tools.json", ".github/workflows/check.yml", ".tools/Grader.Check.0.1.0.nupkg",
            "README.md", "assignment/README.md", "assignment/assignment.json", "assignment/cases/public.json",
            "assignment/template.csx", "nuget.config", "solution.csx",
        }.Order(StringComparer.Ordinal)));

    [TestCaseSource(nameof(Ids))]
    public void TheCopyLoadsWithThePublicCasesOnly(string id)
    {
        var staff = Fixtures.Load(Fixtures.Bundled(id), publicOnly: true);
        var copy = Fixtures.Load(Path.Combine(PackedAssignments.Student(id), "assignment"));
        Assert.That(copy.HasHiddenCases, Is.False);
        Assert.That(copy.Cases.ToDictionary(q => q.Key, q => q.Value.Count),
                    Is.EqualTo(staff.Cases.ToDictionary(q => q.Key, q => q.Value.Count)));
    }

    [TestCaseSource(nameof(Ids))]
    public void TheStudentSpecNamesNoAnswerKeyAndSpecifiesNoCase(string id)
    {
        var spec = JObject.Parse(File.ReadAllText(
            Path.Combine(PackedAssignments.Student(id), "assignment", "assignment.json")));
        var staff = Json.Read<AssignmentSpec>(Path.Combine(Fixtures.Bundled(id), "assignment.json"));
        Assert.That(spec["studentCopy"]!.Value<bool>(), Is.True);
        foreach (var question in spec["questions"]!)
        {
            Assert.That(question["reference"], Is.Null, question.ToString());
            Assert.That(question["cases"]!.Concat(question["random"]!), Is.Empty);
            Assert.That(question["mistakes"]!.Select(m => m["reference"]!.Value<string>()), Is.All.Empty);
        }
        // The known mistakes are still named: their ids and messages are what the checker reports.
        Assert.That(spec["questions"]!.SelectMany(q => q["mistakes"]!).Select(m => m["id"]!.Value<string>()),
                    Is.EqualTo(staff.Questions.SelectMany(q => q.Mistakes).Select(m => m.Id)));
    }

    [TestCaseSource(nameof(Ids))]
    public void NoFileOfTheCopyHoldsAHiddenValue(string id)
    {
        var staff = Fixtures.Bundled(id);
        var hidden = HiddenOnlyValues(staff);
        if (id == "conv-backprop")
            Assert.That(hidden, Has.Count.GreaterThan(100), "the test must have values to look for");
        var copy = PackedAssignments.Student(id);
        foreach (var file in FilesOf(copy).Where(f => !f.EndsWith(".nupkg", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(Path.Combine(copy, file));
            Assert.That(hidden.Where(text.Contains), Is.Empty, $"{id}: {file}");
        }
    }

    // The fractional numbers of hidden.json (inputs and answers) that no public file of the assignment shows: whole
    // numbers also count points and lines, and a value a public case or a tolerance (written out in the student's
    // spec) shares is no leak.
    static List<string> HiddenOnlyValues(string staff)
    {
        var tolerances = Json.Read<AssignmentSpec>(Path.Combine(staff, "assignment.json")).Questions
            .SelectMany(q => new[] { q.Tolerance.Abs, q.Tolerance.Rel })
            .Select(t => t.ToString("R", CultureInfo.InvariantCulture));
        var shown = string.Concat(new[] { "cases/public.json", "README.md", "template.csx", "assignment.json" }
            .Select(f => Path.Combine(staff, f)).Where(File.Exists).Select(File.ReadAllText).Concat(tolerances));
        var hidden = JObject.Parse(File.ReadAllText(Path.Combine(staff, "cases", "hidden.json")));
        return [.. hidden.Descendants().OfType<JValue>().Where(v => v.Type == JTokenType.Float)
                         .Select(v => v.Value<double>()).Where(v => v != Math.Round(v))
                         .Select(v => v.ToString("R", CultureInfo.InvariantCulture)).Distinct()
                         .Where(v => v.Length >= 5 && !shown.Contains(v))];
    }

    [Test]
    public void CasesOnAStudentCopyRefusesAndWritesNothing()
    {
        var assignment = Path.Combine(PackedAssignments.Student("conv-backprop"), "assignment");
        var publicCases = File.ReadAllBytes(AssignmentLoader.PublicCasesPath(assignment));
        var (code, _, error) = Fixtures.RunInProcess("cases", assignment);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1).And.One.Contains("is a student copy"));
        Assert.That(File.Exists(AssignmentLoader.HiddenCasesPath(assignment)), Is.False);
        Assert.That(File.ReadAllBytes(AssignmentLoader.PublicCasesPath(assignment)), Is.EqualTo(publicCases));
    }

    [Test]
    public void TheCopyInstallsTheBundledCheckerAndChecksOnEveryPush()
    {
        var copy = PackedAssignments.Student("conv-backprop");
        var manifest = JObject.Parse(File.ReadAllText(Path.Combine(copy, ".config", "dotnet-tools.json")));
        Assert.That(manifest["tools"]!["grader.check"]!["version"]!.Value<string>(), Is.EqualTo("0.1.0"));
        Assert.That(File.ReadAllText(Path.Combine(copy, "nuget.config")), Does.Contain("value=\".tools\""));
        var workflow = File.ReadAllText(Path.Combine(copy, ".github", "workflows", "check.yml"));
        Assert.That(workflow, Does.Contain("on: [push, pull_request]").And.Contain("dotnet tool restore")
                                  .And.Contain("grader-check check assignment solution.csx"));
        Assert.That(File.ReadAllText(Path.Combine(copy, "README.md")), Does.Contain("`dotnet tool restore`"));
        Assert.That(File.ReadAllText(Path.Combine(copy, "solution.csx")),
                    Is.EqualTo(File.ReadAllText(Path.Combine(Fixtures.Bundled("conv-backprop"), "template.csx"))));
    }
}
