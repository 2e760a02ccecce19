using Grader.Assignments;
using Grader.Compile;
using Grader.Run;

namespace Grader.Tests.Run;

/// <summary>Runaway recursion and memory hogs get their verdict without costing the worker: a new process is dear.</summary>
public class SubmissionRunnerTests
{
    static readonly Assignment Tiny = Fixtures.Load(Fixtures.Tiny);

    // Every case of conv1d, then whether the worker that ran the first case is still the live one.
    static (List<RunOutcome> Outcomes, bool SameWorker) RunConv1D(string source)
    {
        var compiled = (Compiled)ScriptCompiler.Compile(source, "student.csx", Tiny.Spec.Questions);
        using var pool = new WorkerPool(1, Tiny.Spec.MemoryLimitMb, WorkerLaunch.Default());
        using var lease = pool.Rent();
        var runner = new SubmissionRunner(lease, compiled, Tiny.Spec);
        Assert.That(runner.LoadScript(), Is.TypeOf<Returned>());
        var first = lease.Current().Worker;
        var question = Tiny.Spec.Questions.Single(q => q.Id == "conv1d");
        var outcomes = runner.Run((Bound)compiled.Bindings["conv1d"], Tiny.CasesOf(question)).ToList();
        return (outcomes, ReferenceEquals(lease.Alive, first));
    }

    [Test]
    public void RunawayRecursionIsAStackOverflowOnEveryCaseAndTheWorkerLivesOn()
    {
        var (outcomes, sameWorker) = RunConv1D(File.ReadAllText(Fixtures.Submission("stack-overflow.csx")));
        Assert.That(outcomes, Has.Count.EqualTo(3).And.All.EqualTo(new Crashed("stack overflow (infinite recursion?)")));
        Assert.That(sameWorker, "the same worker ran every case");
    }

    [Test]
    public void HonestRecursionThousandsDeepStillRuns()
    {
        var (outcomes, _) = RunConv1D("double[] Conv1D(double[] x, double[] w) => Depth(3000) == 3000 ? x : w;\nint Depth(int n) { var below = n == 0 ? 0 : Depth(n - 1); return below + 1; }");
        Assert.That(outcomes, Is.All.TypeOf<Returned>());
    }

    [Test]
    public void AMemoryHogIsReportedAndTheWorkerGetsItsHeapBack()
    {
        var (outcomes, sameWorker) = RunConv1D(File.ReadAllText(Fixtures.Submission("memory-hog.csx")));
        Assert.That(outcomes[0], Is.EqualTo(new MemoryExceeded(Tiny.Spec.MemoryLimitMb)));
        Assert.That(sameWorker);
    }

    [Test]
    public void MemoryTheScriptKeepsInAFieldCostsTheWorker()
    {
        var (outcomes, sameWorker) = RunConv1D("using System.Collections.Generic;\nvar hoard = new List<double[]>();\ndouble[] Conv1D(double[] x, double[] w) { while (true) hoard.Add(new double[1 << 20]); }");
        Assert.That(outcomes[0], Is.EqualTo(new MemoryExceeded(Tiny.Spec.MemoryLimitMb)));
        Assert.That(sameWorker, Is.False, "a heap the script still holds is not trusted");
    }
}
