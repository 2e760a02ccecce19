using Grader.Artifacts;
using Grader.Assignments;
using Grader.Report;
using Grader.Run;

namespace Grader.Pipeline;

/// <summary>
/// The pipeline as the verbs use it, over what a run is given from outside: the console a user reads and the MNIST
/// folder that trained weights are measured on. Verbs parse their arguments and call this; none calls another verb.
/// Writing case files is the staff tool's alone (Session.Cases.cs): the checker compiles no case generation.
/// </summary>
public sealed partial class Session(Terminal console, string mnistDirectory)
{
    public Terminal Console => console;
    public ArtifactEvaluators Evaluators { get; } = new(mnistDirectory);
    public string MnistDirectory => mnistDirectory;

    /// <summary>The assignment, or null after the one-line reason it cannot be loaded.</summary>
    public Assignment? Load(string directory, bool publicOnly = false) =>
        AssignmentLoader.Load(directory, publicOnly).Match<Assignment?>(
            loaded: loaded => loaded.Assignment,
            failed: failed =>
            {
                console.Fail(failed.Message);
                return null;
            });

    public BatchGrader Batch(Assignment assignment, int jobs) =>
        new(assignment, jobs, WorkerLaunch.Default(), Evaluators);

    /// <summary>
    /// One submission graded alone by one worker (`check`, `autograde`): the assignment and the report, or null after
    /// the one-line reason the input is wrong.
    /// </summary>
    public async Task<(Assignment Assignment, ClassReport Report)?> GradeOneAsync(string assignmentDir, string path,
                                                                                  bool publicOnly, string timestamp,
                                                                                  DateTimeOffset? submittedAt = null)
    {
        if (Load(assignmentDir, publicOnly) is not { } assignment) return null;
        if (Submission.FromPath(path) is not { } submission)
        {
            console.Fail($"{path}: no such file or folder");
            return null;
        }
        var times = new Dictionary<string, DateTimeOffset>();
        if (submittedAt is { } at) times[submission.Id] = at;
        var batch = new BatchGrader(assignment, 1, WorkerLaunch.Default(), Evaluators) { SubmittedAt = times };
        return (assignment, await batch.GradeAsync([submission], timestamp));
    }
}
