using Grader.Check;
using Grader.Report;

namespace Grader.Tests.Compile;

/// <summary>
/// Every C# idiom a student may write is accepted: each script in Fixtures/idioms is a correct answer in one style, and
/// must score full with nothing refused. The guard judges what the student wrote, not what the compiler generates for a
/// legal feature (a record's `typeof`, a lock's Monitor calls, a collection expression's span helpers).
/// </summary>
public class IdiomTests
{
    static ClassReport batch = null!;

    static IEnumerable<string> Idioms => Directory.GetFiles(Path.Combine(Fixtures.Root, "idioms"), "*.csx")
        .Select(Path.GetFileNameWithoutExtension).Order()!;

    [OneTimeSetUp]
    public async Task GradeEveryIdiom() =>
        batch = await Fixtures.Grade(Fixtures.Load(Fixtures.Tiny),
                                     Directory.GetFiles(Path.Combine(Fixtures.Root, "idioms")));

    [TestCaseSource(nameof(Idioms))]
    public void TheCorrectScriptScoresFull(string idiom)
    {
        var student = Fixtures.Student(batch, idiom);
        var details = string.Join("; ", student.CompileErrors.Concat(student.Questions.SelectMany(q => q.Cases)
            .Where(c => c.Verdict != VerdictKind.Passed).Select(c => $"{c.Name}: {c.Verdict.Label()} {c.Message}")));
        Assert.That(student.CompileErrors, Is.Empty, details);
        Assert.That(student.Score, Is.EqualTo(10), details);
    }
}
