using System.CommandLine;
using Grader.Assignments;
using Grader.Pipeline;
using Grader.Report;
using Grader.Run;

namespace Grader.Cli;

/// <summary>
/// `verify`: every bundled assignment loads, its case files are what the reference gives today, and every example
/// gets exactly its expected score. Non-zero exit on any difference: CI's guard on the answer key.
/// </summary>
public sealed class VerifyCommand : Command
{
    readonly Argument<string[]> assignmentArg = new("assignment-dir")
    {
        Arity = ArgumentArity.ZeroOrMore, Description = "Assignment folders (default: every bundled one)",
    };
    readonly Option<string?> mnistOption = MnistOption.Create();
    readonly Option<int> jobsOption = new("--jobs", "-j") { Description = "Worker processes", DefaultValueFactory = _ => Environment.ProcessorCount };

    public VerifyCommand() : base("verify", "Check every bundled assignment's examples get their expected scores")
    {
        Add(assignmentArg);
        Add(jobsOption);
        Add(mnistOption);
        SetAction(Run);
    }

    async Task<int> Run(ParseResult parse)
    {
        MnistOption.Apply(parse, mnistOption);
        int problems = 0;
        var dirs = parse.GetValue(assignmentArg) is { Length: > 0 } given ? given
                 : Paths.Bundled("give `grader verify <assignment-dir>…`");
        if (dirs is null) return 2;
        foreach (var dir in dirs)
            problems += await VerifyOne(dir, Math.Max(1, parse.GetValue(jobsOption)));
        Console.WriteLine(problems == 0 ? "verify: every example gets its expected score" : $"verify: {problems} problem(s)");
        return problems == 0 ? 0 : 1;
    }

    public static async Task<int> VerifyOne(string dir, int jobs)
    {
        if (AssignmentFolder.Load(dir) is not { } assignment) return 1;
        int problems = StaleCases(dir, assignment.Spec);
        var expectedPath = Path.Combine(assignment.ExamplesDirectory, "expected.json");
        if (!File.Exists(expectedPath)) { Status.Error($"{expectedPath}: no such file"); return problems + 1; }
        var expected = Json.Read<Dictionary<string, ExpectedScore>>(expectedPath);
        var submissions = Submission.Discover(assignment.ExamplesDirectory);
        var report = await new BatchGrader(assignment, jobs, WorkerLaunch.Default()).GradeAsync(submissions, "");
        foreach (var submission in submissions)
        {
            var student = report.Students.First(s => s.Student == submission.Id);
            var name = Path.GetFileName(submission.Path);
            if (!expected.TryGetValue(name, out var want)) { Status.Error($"{assignment.Id}/{name}: not listed in examples/expected.json"); problems++; continue; }
            var differences = Differences(student, want).Concat(DiagnosisDifferences(student, want,
                assignment.Spec)).ToList();
            Console.WriteLine($"{assignment.Id}/{name}: {MarkdownWriter.Points(student.Score)} (expected {MarkdownWriter.Points(want.Score)}) {(differences.Count == 0 ? "ok" : "DIFFERS: " + string.Join("; ", differences))}");
            problems += differences.Count == 0 ? 0 : 1;
        }
        foreach (var missing in expected.Keys.Where(k => submissions.All(s => Path.GetFileName(s.Path) != k)))
        {
            Status.Error($"{assignment.Id}/{missing}: listed in examples/expected.json but not in examples/");
            problems++;
        }
        return problems;
    }

    static IEnumerable<string> Differences(StudentReport student, ExpectedScore want)
    {
        if (Math.Abs(student.Score - want.Score) > 0.005) yield return $"total {MarkdownWriter.Points(student.Score)} ≠ {MarkdownWriter.Points(want.Score)}";
        foreach (var (question, score) in want.Questions)
        {
            var got = student.Questions.FirstOrDefault(q => q.Id == question)?.Score;
            if (got is null || Math.Abs(got.Value - score) > 0.005) yield return $"{question} {(got is null ? "missing" : MarkdownWriter.Points(got.Value))} ≠ {MarkdownWriter.Points(score)}";
        }
    }

    // Every question graded on cases that the example gets wrong must carry the recorded diagnosis (a mistake id, or
    // null for none); the report names a mistake by its message, which is unique within the question.
    static IEnumerable<string> DiagnosisDifferences(StudentReport student, ExpectedScore want, AssignmentSpec spec)
    {
        var graded = spec.Questions.Where(q => !q.Manual && q.Artifact is null).ToDictionary(q => q.Id);
        string? Named(string id) => student.Questions.FirstOrDefault(q =>
            q.Id == id)?.Diagnosis is { } message && graded.TryGetValue(id, out var question)
            ? question.Mistakes.FirstOrDefault(m => m.Message == message)?.Id : null;
        foreach (var q in student.Questions.Where(q =>
            graded.ContainsKey(q.Id) && q.Score < q.MaxScore - 0.005 && !want.Diagnoses.ContainsKey(q.Id)))
            yield return $"{q.Id} is wrong (diagnosed {Named(q.Id) ?? "with no mistake"}) but examples/expected.json records no diagnosis for it";
        foreach (var (id, mistake) in want.Diagnoses.Where(d => Named(d.Key) != d.Value))
            yield return $"{id} diagnosed {Named(id) ?? "with no mistake"}, expected {mistake ?? "no mistake"}";
    }

    // The committed case files must be exactly what the reference computes now, or the answer key has drifted; and
    // they must tell every known mistake from the answer, or a wrong answer could score.
    static int StaleCases(string dir, AssignmentSpec spec)
    {
        CaseFile publicCases, hiddenCases;
        try { (publicCases, hiddenCases) = CasesCommand.Build(dir); }
        catch (Exception e) when (CasesCommand.IsAuthoringFault(e))
        {
            Status.Error($"{dir}: {e.Message}");
            return 1;
        }
        bool fresh = File.ReadAllText(AssignmentLoader.PublicCasesPath(dir)) == Json.Write(publicCases)
                     && File.ReadAllText(AssignmentLoader.HiddenCasesPath(dir)) == Json.Write(hiddenCases);
        if (!fresh) Status.Error($"{dir}: case files differ from the reference; run `grader cases {dir}`");
        var unseparated = Cases.Separation.Problems(spec, publicCases, hiddenCases).ToList();
        foreach (var problem in unseparated) Status.Error(problem);
        return (fresh ? 0 : 1) + unseparated.Count;
    }
}
