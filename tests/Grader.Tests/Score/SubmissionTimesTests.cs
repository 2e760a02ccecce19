using Grader.Score;

namespace Grader.Tests.Score;

/// <summary>Submission times from a manifest CSV (Fixtures/late) or Gradescope's submission_metadata.json.</summary>
public class SubmissionTimesTests
{
    static string Late(string file) => File.ReadAllText(Path.Combine(Fixtures.Root, "late", file));

    [Test]
    public void TheManifestGivesEachStudentsTime()
    {
        var times = ((TimesRead)SubmissionTimes.ReadManifest("manifest.csv", Late("manifest.csv"))).Times;
        Assert.That(times["correct"], Is.EqualTo(new DateTimeOffset(2026, 12, 2, 12, 0, 1, TimeSpan.Zero)));
        Assert.That(times["throws"], Is.EqualTo(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void EveryWrongRowIsOneLineNamingIt() =>
        Assert.That(((TimesRejected)SubmissionTimes.ReadManifest("bad.csv", Late("bad-manifest.csv"))).Errors,
                    Is.EqualTo(new[]
                    {
                        "bad.csv row 2 (correct): 'yesterday' is not an ISO 8601 time",
                        "bad.csv row 4 (throws): this student has a time on an earlier row",
                    }));

    [Test]
    public void AWrongHeaderIsRefused() =>
        Assert.That(SubmissionTimes.ReadManifest("m.csv", "name,time\na,2026-01-01\n"), Is.TypeOf<TimesRejected>());

    [Test]
    public void GradescopesCreatedAtKeepsItsOffset()
    {
        var times = ((TimesRead)SubmissionTimes.ReadGradescope("m.json", Late("submission_metadata.json"), "s")).Times;
        var utc = new DateTimeOffset(2026, 12, 1, 12, 0, 1, 123, TimeSpan.Zero).AddTicks(4560);
        Assert.That(times["s"], Is.EqualTo(utc));
    }
}
