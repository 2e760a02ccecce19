using System.CommandLine;
using System.Diagnostics;
using Grader.Pipeline;
using Grader.Report;
using Grader.Score;

namespace Grader.Cli;

/// <summary>
/// `autograde assignment-dir submission --gradescope file --prairielearn file`: one submission graded on every
/// case, as a course platform's grading container runs it, its results written in the platform's own format.
/// </summary>
public sealed class AutogradeCommand : Verb
{
    readonly Argument<string> assignmentArg = VerbOptions.AssignmentDir(" (with cases/hidden.json)");
    readonly Argument<string> submissionArg = new("submission")
    {
        Description = "The student's .csx file or folder (Gradescope: /autograder/submission)",
    };
    readonly Option<string?> gradescopeOption = new("--gradescope")
    {
        Description = "Write Gradescope's results.json here (/autograder/results/results.json)",
    };
    readonly Option<string?> prairieLearnOption = new("--prairielearn")
    {
        Description = "Write PrairieLearn's results.json here (/grade/results/results.json)",
    };
    readonly Option<string?> metadataOption = new("--submission-metadata")
    {
        Description = "Gradescope's submission_metadata.json: its created_at is the time the late rule judges",
    };
    readonly Option<string?> mnistOption = MnistOption.Create();
    readonly CiOptions ciOptions = new();

    // The context's clock is the "graded at" of the reports (fixed in tests).
    public AutogradeCommand(VerbContext context)
        : base(context, "autograde", "Grade one submission on every case for Gradescope or PrairieLearn")
    {
        TakeArguments(assignmentArg, submissionArg);
        TakeOptions([gradescopeOption, prairieLearnOption, metadataOption, mnistOption, .. ciOptions.All]);
        SetAction(Run);
    }

    async Task<int> Run(ParseResult parse)
    {
        var session = MnistOption.Session(parse, mnistOption, Context);
        var path = parse.GetValue(submissionArg)!;
        Console.SandboxNotice();
        var stopwatch = Stopwatch.StartNew();
        // The one submission's time, under whatever id it gets: the metadata file speaks of this submission only.
        const string Submitted = "submission";
        var times = SubmittedAtInput.Read(Console, parse.GetValue(metadataOption),
                                          (name, text) => SubmissionTimes.ReadGradescope(name, text, Submitted));
        if (times is null) return 2;
        var graded = await session.GradeOneAsync(parse.GetValue(assignmentArg)!, path, publicOnly: false,
                                                 Timestamp.Of(Context.Clock()),
                                                 times.TryGetValue(Submitted, out var at) ? at : null);
        if (graded is not (var assignment, var report)) return 2;
        var student = report.Students[0];
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var points = $"{MarkdownWriter.Points(student.Score)} / {MarkdownWriter.Points(student.MaxScore)} points";
        Console.Print(StudentText.Terminal($"{student.Student}: {points}"));
        var visibility = assignment.Spec.HiddenCaseVisibility;
        int written = CiOutputs.WriteFiles(Console,
            (parse.GetValue(gradescopeOption),
             file => ReportSet.Write(file, GradescopeWriter.Results(report, student, visibility, seconds))),
            (parse.GetValue(prairieLearnOption),
             file => ReportSet.Write(file, PrairieLearnWriter.Results(report, student))));
        return written != 0 ? written
                            : CiOutputs.Finish(Console, report, ciOptions.Read(parse), perStudent: false, _ => path);
    }
}
