using Grader.Assignments;
using Grader.Cases;
using Grader.Report;

namespace Grader.Pipeline;

/// <summary>
/// An assignment checked as CI guards its answer key: it loads, its case files are what the reference gives today and
/// tell every known mistake from the answer, and every example gets exactly its expected score and diagnoses.
/// </summary>
public static class Verification
{
    /// <summary>The number of problems found, each one line on the session's console (0: all is well).</summary>
    public static async Task<int> RunAsync(Session session, string dir, int jobs)
    {
        var console = session.Console;
        if (session.Load(dir) is not { } assignment) return 1;
        int problems = StaleCases(console, dir, assignment.Spec);
        var expectedPath = Path.Combine(assignment.ExamplesDirectory, "expected.json");
        if (!File.Exists(expectedPath)) { console.Fail($"{expectedPath}: no such file"); return problems + 1; }
        var expected = Json.Read<Dictionary<string, ExpectedScore>>(expectedPath);
        var submissions = Submission.Discover(assignment.ExamplesDirectory);
        var report = await session.Batch(assignment, jobs).GradeAsync(submissions, "");
        foreach (var submission in submissions)
        {
            var student = report.Students.First(s => s.Student == submission.Id);
            var name = Path.GetFileName(submission.Path);
            if (!expected.TryGetValue(name, out var want))
            {
                console.Fail($"{assignment.Id}/{name}: not listed in examples/expected.json");
                problems++;
                continue;
            }
            var differences = Differences(student, want).Concat(DiagnosisDifferences(student, want,
                assignment.Spec)).ToList();
            console.Print($"{assignment.Id}/{name}: {MarkdownWriter.Points(student.Score)} "
                          + $"(expected {MarkdownWriter.Points(want.Score)}) "
                          + (differences.Count == 0 ? "ok" : "DIFFERS: " + string.Join("; ", differences)));
            problems += differences.Count == 0 ? 0 : 1;
        }
        foreach (var missing in expected.Keys.Where(k => submissions.All(s => Path.GetFileName(s.Path) != k)))
        {
            console.Fail($"{assignment.Id}/{missing}: listed in examples/expected.json but not in examples/");
            problems++;
        }
        return problems;
    }

    static IEnumerable<string> Differences(StudentReport student, ExpectedScore want)
    {
        if (Math.Abs(student.Score - want.Score) > 0.005)
            yield return $"total {MarkdownWriter.Points(student.Score)} ≠ {MarkdownWriter.Points(want.Score)}";
        foreach (var (question, score) in want.Questions)
        {
            var got = student.Questions.FirstOrDefault(q => q.Id == question)?.Score;
            if (got is null || Math.Abs(got.Value - score) > 0.005)
                yield return $"{question} {(got is null ? "missing" : MarkdownWriter.Points(got.Value))} ≠ "
                             + MarkdownWriter.Points(score);
        }
    }

    // Every question graded on cases that the example gets wrong must carry the recorded diagnosis (a mistake id, or
    // null for none).
    static IEnumerable<string> DiagnosisDifferences(StudentReport student, ExpectedScore want, AssignmentSpec spec)
    {
        var graded = spec.Questions.Where(q => !q.Manual && q.Artifact is null).Select(q => q.Id).ToHashSet();
        string? Named(string id) => graded.Contains(id)
            ? student.Questions.FirstOrDefault(q => q.Id == id)?.Diagnosis?.MistakeId : null;
        foreach (var q in student.Questions.Where(q =>
            graded.Contains(q.Id) && q.Score < q.MaxScore - 0.005 && !want.Diagnoses.ContainsKey(q.Id)))
            yield return $"{q.Id} is wrong (diagnosed {Named(q.Id) ?? "with no mistake"}) "
                         + "but examples/expected.json records no diagnosis for it";
        foreach (var (id, mistake) in want.Diagnoses.Where(d => Named(d.Key) != d.Value))
            yield return $"{id} diagnosed {Named(id) ?? "with no mistake"}, expected {mistake ?? "no mistake"}";
    }

    // The committed case files must be exactly what the reference computes now, or the answer key has drifted; and
    // they must tell every known mistake from the answer, or a wrong answer could score.
    static int StaleCases(Terminal console, string dir, AssignmentSpec spec)
    {
        CaseFile publicCases, hiddenCases;
        try { (publicCases, hiddenCases) = CaseFiles.Build(dir); }
        catch (Exception e) when (CaseFiles.IsAuthoringFault(e))
        {
            console.Fail($"{dir}: {e.Message}");
            return 1;
        }
        bool fresh = CaseFiles.AreCommitted(dir, publicCases, hiddenCases);
        if (!fresh) console.Fail($"{dir}: case files differ from the reference; run `grader cases {dir}`");
        var unseparated = Separation.Problems(spec, publicCases, hiddenCases).ToList();
        foreach (var problem in unseparated) console.Fail(problem);
        return (fresh ? 0 : 1) + unseparated.Count;
    }
}
