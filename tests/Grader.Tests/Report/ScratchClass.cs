using Grader.Pipeline;
using Grader.Report;

namespace Grader.Tests.Report;

/// <summary>
/// The tiny assignment graded end to end from copies of submissions in a scratch folder, every report file written.
/// </summary>
public sealed class ScratchClass : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("grader-report-").FullName;
    public string Input => Path.Combine(Root, "in");
    public string Output => Path.Combine(Root, "out");

    public ScratchClass(params string[] files)
    {
        Directory.CreateDirectory(Input);
        foreach (var file in files) File.Copy(file, Path.Combine(Input, Path.GetFileName(file)));
    }

    public async Task<ClassReport> Grade() =>
        await ClassGrading.RunAsync(Fixtures.Load(Fixtures.Tiny), Submission.Discover(Input),
                                    new GradeOptions(Output, 1, "fixed") { Evaluators = Fixtures.Evaluators });

    /// <summary>A file under out/tiny/.</summary>
    public string Read(string relative) => File.ReadAllText(Path.Combine(Output, "tiny", relative));

    public void Dispose() => Directory.Delete(Root, true);
}
