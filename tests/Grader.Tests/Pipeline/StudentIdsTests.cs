using Grader.Assignments;
using Grader.Pipeline;

namespace Grader.Tests.Pipeline;

/// <summary>
/// Names a file system or the report layout could fold together, or that could climb out of -o, all get distinct safe
/// report folders, and each report still shows the name as it was handed in.
/// </summary>
public class StudentIdsTests
{
    // Pairs that differ only by case, Unicode normalisation (NFC é vs NFD e + ◌́), trailing dots or spaces, or by
    // characters a folder name cannot hold; dot names; separators; control characters; a Windows device name.
    static readonly string[] Colliding =
    [
        "alice", "Alice", "ALICE", "caf\u00e9", "cafe\u0301", "x", "x.", "x ", "x..", ".", "..", "...", "", "a\\b",
        "a_b", "a\nb", "a\u001b[31mb", "CON", "con", "-rf", "<script>", "a b", "a_b-" + "0123abcd",
    ];

    [Test]
    public void EveryIdIsSafeAndNoTwoFoldTogether()
    {
        var ids = StudentIds.Assign(Colliding);
        Assert.That(ids, Has.All.Matches<string>(SafeName.IsSafe));
        Assert.That(ids.Distinct(StringComparer.OrdinalIgnoreCase).Count(), Is.EqualTo(Colliding.Length));
    }

    [Test]
    public void ASafeNameThatFoldsWithNoOtherIsKeptAsItIs() =>
        Assert.That(StudentIds.Assign(["alice", "bob-2", "carol.smith"]),
                    Is.EqualTo(new[] { "alice", "bob-2", "carol.smith" }));

    [Test]
    public void AnIdDependsOnlyOnTheNameAndTheNamesItCollidesWith() =>
        Assert.That(StudentIds.Assign(["..", "zed"])[0], Is.EqualTo(StudentIds.Assign(["..", "amy", "bob"])[0]));

    [Test]
    public async Task CollidingNamesEachGetTheirOwnReportFolderInsideTheOutputAndKeepTheirName()
    {
        var scratch = Directory.CreateTempSubdirectory("grader-ids-").FullName;
        try
        {
            var input = Path.Combine(scratch, "in");
            Directory.CreateDirectory(input);
            var scripts = Colliding.Select(n => n + ".csx").ToList(); // "..csx" is the student ".", "...csx" is ".."
            foreach (var name in scripts) File.Copy(Fixtures.Submission("correct.csx"), Path.Combine(input, name));
            Directory.CreateDirectory(Path.Combine(input, "ALICE.CSX")); // a folder named as a script
            File.Copy(Fixtures.Submission("correct.csx"), Path.Combine(input, "ALICE.CSX", "solution.csx"));
            var output = Path.Combine(scratch, "out");
            var report = await ClassGrading.RunAsync(Fixtures.Load(Fixtures.Tiny), Submission.Discover(input),
                                                     new GradeOptions(output, 2, "fixed")
                                                     {
                                                         Evaluators = Fixtures.Evaluators,
                                                     });

            Assert.That(report.Students, Has.Count.EqualTo(scripts.Count + 1));
            Assert.That(report.Students.Select(s => s.Score), Has.All.EqualTo(10),
                        "no report was overwritten by another student's");
            Assert.That(report.Students.Select(s => s.Source),
                        Is.EquivalentTo(scripts.Append("ALICE.CSX/solution.csx")));
            var folders = Directory.GetDirectories(Path.Combine(output, "tiny", "students")).Select(Path.GetFileName)
                                   .ToList();
            Assert.That(folders.Distinct(StringComparer.OrdinalIgnoreCase).Count(), Is.EqualTo(report.Students.Count));
            Assert.That(Directory.GetFileSystemEntries(scratch), Is.EquivalentTo(new[] { input, output }),
                        "nothing was written beside -o");
            Assert.That(Directory.GetFileSystemEntries(output),
                        Is.EquivalentTo(new[] { Path.Combine(output, "tiny") }));
        }
        finally
        {
            Directory.Delete(scratch, true);
        }
    }
}
