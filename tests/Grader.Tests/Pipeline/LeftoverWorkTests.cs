using Grader.Check;
using Grader.Report;

namespace Grader.Tests.Pipeline;

/// <summary>
/// Work a submission leaves queued (Progress callbacks, async void, hand-written awaiters) never runs while the next
/// student's code runs: the worker proves it is idle before it takes the next submission, or is replaced. Each attacker
/// in Fixtures/outlives is graded between honest submissions in one worker (`--jobs 1`), several rounds in a row.
/// </summary>
public class LeftoverWorkTests
{
    static string Attacker(string name) => Path.Combine(Fixtures.Root, "outlives", name + ".csx");

    static IEnumerable<string> Attackers => Directory.GetFiles(Path.Combine(Fixtures.Root, "outlives"), "*.csx")
        .Select(Path.GetFileNameWithoutExtension).Order()!;

    // attacker-1, victim-1, attacker-2, victim-2, …: each copy under its own name so every one is its own student.
    static async Task<ClassReport> Alternate(string attacker, string victim, int rounds)
    {
        var folder = Directory.CreateTempSubdirectory("grader-outlives-").FullName;
        try
        {
            var files = new List<string>();
            for (int i = 1; i <= rounds; i++)
            {
                files.Add(Copy(Attacker(attacker), Path.Combine(folder, $"attacker-{i}.csx")));
                files.Add(Copy(victim, Path.Combine(folder, $"victim-{i}.csx")));
            }
            return await Fixtures.Grade(Fixtures.Load(Fixtures.Tiny), files, jobs: 1);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    static string Copy(string from, string to)
    {
        File.Copy(from, to);
        return to;
    }

    [TestCaseSource(nameof(Attackers))]
    public async Task HonestSubmissionsAfterTheAttackerInTheSameWorkerKeepFullMarks(string attacker)
    {
        var report = await Alternate(attacker, Fixtures.Submission("slow-correct.csx"), rounds: 3);
        foreach (var victim in report.Students.Where(s => s.Student.StartsWith("victim")))
            Assert.That(victim.Score, Is.EqualTo(10), $"{victim.Student}: {Describe(victim)}");
    }

    [TestCaseSource(nameof(Attackers))]
    public async Task TheAttackerIsToldItsCodeKeptRunning(string attacker)
    {
        var report = await Alternate(attacker, Fixtures.Submission("correct.csx"), rounds: 1);
        var student = Fixtures.Student(report, "attacker-1");
        // Work that crashes the worker during the attacker's own cases is the attacker's crash; otherwise a notice.
        var crashedOwnCase = student.Questions.SelectMany(q => q.Cases).Any(c => c.Verdict == VerdictKind.Crashed);
        Assert.That(crashedOwnCase || student.Notice?.Contains("kept running after") == true, Describe(student));
    }

    [Test]
    public async Task TextPrintedByLeftoverWorkNeverReachesTheNextStudentsOutput()
    {
        var report = await Alternate("progress-writes-later", Fixtures.Submission("prints-then-throws.csx"), rounds: 3);
        foreach (var victim in report.Students.Where(s => s.Student.StartsWith("victim")))
            Assert.That(Fixtures.Question(victim, "dw").Cases.Select(c => c.Output), Is.All.EqualTo("mine"),
                        victim.Student);
    }

    static string Describe(StudentReport student) =>
        string.Join("; ", student.Questions.SelectMany(q => q.Cases)
                                  .Select(c => $"{c.Name}: {c.Verdict.Label()} {c.Message}"))
        + (student.Notice is null ? "" : " / " + student.Notice);
}
