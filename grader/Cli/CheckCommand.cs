using Grader.Check;
using System.CommandLine;
using Grader.Pipeline;
using Grader.Report;

namespace Grader.Cli;

/// <summary>
/// `check assignment-dir file.csx`: the student's verb. Public cases only; exit 0 only when every one passes.
/// </summary>
public sealed partial class CheckCommand : Verb
{
    readonly Argument<string> assignmentArg = VerbOptions.AssignmentDir();
    readonly CiOptions ciOptions = new();
    readonly Option<bool> watchOption = new("--watch") { Description = "Check again every time the file is saved" };
    readonly Argument<string> fileArg = new("file")
    {
        Description = "Your solution: a .csx file, or a folder of .csx files (and any files the assignment asks for)",
    };

    public CheckCommand(VerbContext context)
        : base(context, "check", "Run your solution on the public cases and say which pass")
    {
        TakeArguments(assignmentArg, fileArg);
        AddMeasuringOptions();
        TakeOptions([.. ciOptions.All, watchOption]);
        SetAction((parse, stop) => parse.GetValue(watchOption)
                                       ? CheckWatch.Run(parse.GetValue(fileArg)!, () => Run(parse), stop)
                                       : Run(parse));
    }

    async Task<int> Run(ParseResult parse)
    {
        var mnist = Context.Mnist;
        ReadMeasuringOptions(parse, ref mnist);
        var session = Context.Session(mnist);
        var file = parse.GetValue(fileArg)!;
        var graded = await session.GradeOneAsync(parse.GetValue(assignmentArg)!, file, publicOnly: true, "");
        if (graded is not (var assignment, var report)) return 2;
        var student = report.Students[0].ForStudent();
        var ci = ciOptions.Read(parse);
        // Files the assignment measures (trained weights) that a bare script cannot carry: missing, not wrong.
        var missing = assignment.Spec.Questions.Where(q =>
            q.Artifact is { } a && !File.Exists(Path.Combine(file, a.File)))
                                               .ToDictionary(q => q.Id, q => q.Artifact!.File);
        // The student checker measures no file (its evaluators would need the reference): said, not failed.
        var unmeasured = assignment.Spec.Questions.Where(q => q.Artifact is { } a && !missing.ContainsKey(q.Id)
                                                              && !session.Evaluators.Measures(a.Evaluator))
                                   .ToDictionary(q => q.Id, q => q.Artifact!.File);
        using (CiOutputs.Quoted(Console, ci)) Print(student, Console.Out, missing, unmeasured);
        var checkedQuestions = student.Questions.Where(q => !q.Manual && !missing.ContainsKey(q.Id)
                                                            && !unmeasured.ContainsKey(q.Id)).ToList();
        int cases = checkedQuestions.Sum(q => q.Cases.Count);
        int failing = checkedQuestions.Sum(q => q.Cases.Count(c => c.Verdict != VerdictKind.Passed));
        bool allPassed = failing == 0 && checkedQuestions.All(q => q.Cases.Count > 0);
        Console.Print(allPassed ? "All public cases pass."
                                : $"{failing} of {cases} public cases fail: fix them before you submit "
                                  + "(hidden cases are graded too).");
        if (missing.Count > 0)
            Console.Print($"Not measured, because {string.Join(" and ", missing.Values)} "
                          + $"{(missing.Count == 1 ? "is" : "are")} missing: "
                          + "put your script and those files in one folder and check the folder.");
        var written = CiOutputs.Finish(Console, report, ci, perStudent: false, _ => file);
        return written != 0 ? written : allPassed && missing.Count == 0 ? 0 : 1;
    }

    // The staff tool measures handed-in files (CheckCommand.Mnist.cs); the student checker has no such option.
    partial void AddMeasuringOptions();
    partial void ReadMeasuringOptions(ParseResult parse, ref string mnist);

    /// <summary>
    /// The student's own view, every line shown as text: nothing the submission wrote is interpreted by the terminal.
    /// </summary>
    internal static void Print(StudentReport student, TextWriter output,
                               IReadOnlyDictionary<string, string>? missing = null,
                               IReadOnlyDictionary<string, string>? unmeasured = null)
    {
        void Line(string text) => output.WriteLine(StudentText.Terminal(text));
        if (student.Notice is not null) Line(student.Notice);
        foreach (var error in student.CompileErrors) Line($"  {error}");
        foreach (var q in student.Questions)
        {
            if (q.Manual) { Line($"{q.Id} ({q.Title}): graded by hand"); continue; }
            if (missing?.TryGetValue(q.Id, out var absent) == true)
            {
                Line($"{q.Id} ({q.Title}): not measured, {absent} is missing");
                continue;
            }
            if (unmeasured?.TryGetValue(q.Id, out var kept) == true)
            {
                Line($"{q.Id} ({q.Title}): not measured here; {kept} is measured when your submission is graded");
                continue;
            }
            Line($"{q.Id} ({q.Title}): {q.Summary}");
            if (q.Diagnosis is not null) Line($"  likely mistake: {q.Diagnosis.Message}");
            foreach (var c in q.Cases.Where(c => c.Verdict != VerdictKind.Passed))
            {
                var likely = c.Diagnosis is { } d && d.MistakeId != q.Diagnosis?.MistakeId
                    ? $" (likely: {d.Message})" : "";
                Line($"  ✗ {c.Name}: {c.Verdict.Label()}: {c.Message}{likely}");
                foreach (var section in CaseFeedback.Sections(q, c, Audience.Student))
                {
                    Line($"    {section.Label}:");
                    foreach (var text in section.Text.Split('\n')) Line($"      {text}");
                }
            }
        }
        Line($"Score on the public cases: {MarkdownWriter.Points(student.Score)} / "
             + MarkdownWriter.Points(student.MaxScore));
    }
}
