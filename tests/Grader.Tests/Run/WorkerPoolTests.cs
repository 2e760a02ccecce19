using Grader.Assignments;
using Grader.Compile;
using Grader.Run;

namespace Grader.Tests.Run;

/// <summary>
/// A worker proves it is idle and released before it serves again; a submission that returned or threw leaves it
/// reusable.
/// </summary>
public class WorkerPoolTests
{
    static readonly Assignment Tiny = Fixtures.Load(Fixtures.Tiny);

    [TestCase("correct.csx")]
    [TestCase("throws.csx")]
    [TestCase("stack-overflow.csx")]
    public void AWorkerThatGradedAnHonestSubmissionGradesTheNext(string file)
    {
        var source = File.ReadAllText(Fixtures.Submission(file));
        var compiled = (Compiled)ScriptCompiler.Compile(source, file, Tiny.Spec.Questions);
        using var pool = new WorkerPool(1, Tiny.Spec.MemoryLimitMb, WorkerLaunch.Default());
        var servedBy = new List<int>();
        for (int i = 0; i < 3; i++)
        {
            using var lease = pool.Rent();
            var runner = new SubmissionRunner(lease, compiled, Tiny.Spec);
            Assert.That(runner.LoadScript(), Is.TypeOf<ScriptLoad.Loaded>());
            var question = Tiny.Spec.Questions.Single(q => q.Id == "conv1d");
            Assert.That(runner.Run((Bound)compiled.Bindings["conv1d"], Tiny.CasesOf(question)).ToList(), Is.Not.Empty);
            servedBy.Add(lease.Current().Worker.ProcessId);
        }
        Assert.That(servedBy.Distinct().Count(), Is.EqualTo(1), "no worker was replaced");
    }
}
