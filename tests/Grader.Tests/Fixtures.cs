using System.Diagnostics;
using Grader.Artifacts;
using Grader.Assignments;
using Grader.Pipeline;
using Grader.Report;
using Grader.Run;

namespace Grader.Tests;

/// <summary>
/// The real fixture files (copied beside the test assembly) and the bundled assignments of the repository.
/// </summary>
public static class Fixtures
{
    public static string Root => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures");
    public static string Tiny => Path.Combine(Root, "tiny");
    public static string Submissions => Path.Combine(Root, "submissions");
    public static string Submission(string name) => Path.Combine(Submissions, name);
    public static string Bundled(string id) => Path.Combine(Grader.Cli.Paths.Root(), "assignments", id);

    public static Assignment Load(string directory, bool publicOnly = false) =>
        AssignmentLoader.Load(directory, publicOnly).Match(
            loaded: loaded => loaded.Assignment,
            failed: failed => throw new AssertionException(failed.Message));

    /// <summary>The repository's MNIST folder ($GRADER_MNIST, else data/mnist), as the verbs default to it.</summary>
    public static string Mnist => Grader.Cli.MnistOption.Default;

    public static ArtifactEvaluators Evaluators => new(Mnist);

    /// <summary>The pipeline with a console of its own: what it said is in the two writers.</summary>
    public static Session Session(TextWriter? output = null, TextWriter? error = null) =>
        new(new Terminal(output ?? TextWriter.Null, error ?? TextWriter.Null), Mnist);

    public static async Task<ClassReport> Grade(Assignment assignment, IEnumerable<string> paths, int jobs = 2) =>
        await new BatchGrader(assignment, jobs, WorkerLaunch.Default(), Evaluators)
            .GradeAsync(paths.Select(p => Grader.Pipeline.Submission.FromPath(p)!).ToList(), "test");

    /// <summary>The fixed clock of tests: reports dated by it are the same on every run.</summary>
    public static readonly DateTime FixedNow = new(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    public static QuestionReport Question(StudentReport student, string id) =>
        student.Questions.Single(q => q.Id == id);

    public static StudentReport Student(ClassReport report, string id) => report.Students.Single(s => s.Student == id);

    /// <summary>
    /// The grader run in this process on a console of its own and the fixed clock: its exit code and what a user would
    /// have read on stdout and on stderr.
    /// </summary>
    public static (int Code, string Out, string Error) RunInProcess(params string[] args)
    {
        var (printed, said) = (new StringWriter(), new StringWriter());
        int code = Program.Run(args, new Terminal(printed, said), Mnist, () => FixedNow);
        return (code, printed.ToString(), said.ToString());
    }

    /// <summary>
    /// The grader as a TA runs it: `dotnet grader.dll args…` in a child process, its output drained.
    /// </summary>
    public static Process StartGrader(params string[] args) => StartGrader(new Dictionary<string, string>(), args);

    public static Process StartGrader(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var process = Process.Start(GraderStart("", environment, args))!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    /// <summary>
    /// The grader as installed, run to its end in a child process from <paramref name="workingDirectory"/> ("": here)
    /// with <paramref name="environment"/> added to this one's: its exit code and all it wrote on stdout and stderr.
    /// </summary>
    public static (int Code, string Out, string Error) RunGrader(string workingDirectory,
                                                                 IReadOnlyDictionary<string, string> environment,
                                                                 params string[] args)
    {
        using var process = Process.Start(GraderStart(workingDirectory, environment, args))!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    /// <summary>How the installed grader starts: `dotnet grader.dll args…`, stdout and stderr redirected.</summary>
    public static ProcessStartInfo GraderStart(string workingDirectory,
                                               IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo(WorkerLaunch.Default().Host)
        {
            RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in args) info.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        return info;
    }
}
