using Grader.Tests.Report;

namespace Grader.Tests.Pipeline;

/// <summary>
/// Regrading into the same folder after a submission is withdrawn leaves no report of it behind to be handed out;
/// anything not written by the grader stays.
/// </summary>
public class StaleStudentsTests
{
    [Test]
    public async Task AWithdrawnStudentsReportsAreRemovedOnRegrade()
    {
        using var scratch = new ScratchClass(Fixtures.Submission("correct.csx"), Fixtures.Submission("throws.csx"),
                                             Fixtures.Submission("wrong-signature.csx"));
        await scratch.Grade();
        var students = Path.Combine(scratch.Output, "tiny", "students");
        Assert.That(Directory.Exists(Path.Combine(students, "throws"))
                    && Directory.Exists(Path.Combine(students, "wrong-signature")));
        File.WriteAllText(Path.Combine(students, "wrong-signature", "ta-notes.txt"), "not the grader's");

        File.Delete(Path.Combine(scratch.Input, "throws.csx"));
        File.Delete(Path.Combine(scratch.Input, "wrong-signature.csx"));
        await scratch.Grade();

        Assert.That(Directory.Exists(Path.Combine(students, "throws")), Is.False);
        Assert.That(Directory.GetFiles(Path.Combine(students, "wrong-signature")).Select(Path.GetFileName),
                    Is.EqualTo(new[] { "ta-notes.txt" }));
        Assert.That(File.Exists(Path.Combine(students, "correct", "student.html")));
        Assert.That(scratch.Read("grades.csv"), Does.Not.Contain("throws"));
    }
}
