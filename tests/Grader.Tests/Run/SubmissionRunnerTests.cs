using Grader.Assignments;
using Grader.Compile;
using Grader.Run;

namespace Grader.Tests.Run;

/// <summary>
/// Runaway recursion and memory hogs get their verdict without costing the worker: a new process is dear.
/// </summary>
public class SubmissionRunnerTests
{
    static readonly Assignment Tiny = Fixtures.Load(Fixtures.Tiny);

    // Every case of conv1d (or those up to the first that ends early, as the grader reads them), then whether the
    // worker
    // that ran the first case is still the live one.
    static (List<RunOutcome> Outcomes, bool SameWorker) RunConv1D(string source, bool stopEarly = false)
    {
        var compiled = (Compiled)ScriptCompiler.Compile(source, "student.csx", Tiny.Spec.Questions);
        using var pool = new WorkerPool(1, Tiny.Spec.MemoryLimitMb, WorkerLaunch.Default());
        using var lease = pool.Rent();
        var runner = new SubmissionRunner(lease, compiled, Tiny.Spec);
        Assert.That(runner.LoadScript(), Is.TypeOf<ScriptLoad.Loaded>());
        var first = lease.Current().Worker;
        var question = Tiny.Spec.Questions.Single(q => q.Id == "conv1d");
        var all = runner.Run((Bound)compiled.Bindings["conv1d"], Tiny.CasesOf(question));
        var outcomes = stopEarly ? all.TakeUntil(o => o is TimedOut or MemoryExceeded).ToList() : all.ToList();
        return (outcomes, ReferenceEquals(lease.Alive, first));
    }

    // One submission graded in a worker of the given pool, as the grader does: load, every case of conv1d, unload.
    // The outcomes up to the first that ends the question early.
    static List<RunOutcome> RunConv1DIn(WorkerPool pool, string source)
    {
        var compiled = (Compiled)ScriptCompiler.Compile(source, "student.csx", Tiny.Spec.Questions);
        using var lease = pool.Rent();
        var runner = new SubmissionRunner(lease, compiled, Tiny.Spec);
        runner.LoadScript();
        var question = Tiny.Spec.Questions.Single(q => q.Id == "conv1d");
        var outcomes = runner.Run((Bound)compiled.Bindings["conv1d"], Tiny.CasesOf(question))
            .TakeUntil(o => o is TimedOut or MemoryExceeded).ToList();
        runner.LeftWorkRunning();
        return outcomes;
    }

    [Test]
    public void RunawayRecursionIsAStackOverflowOnEveryCaseAndTheWorkerLivesOn()
    {
        var (outcomes, sameWorker) = RunConv1D(File.ReadAllText(Fixtures.Submission("stack-overflow.csx")));
        Assert.That(outcomes, Has.Count.EqualTo(3).And.All.EqualTo(new Crashed(WorkerProcess.StackOverflow)));
        Assert.That(sameWorker, "the same worker ran every case");
    }

    // Three deaths of a worker, each told by its exit status alone (WorkerExit), each its own verdict: the runtime's
    // abort is a stack overflow, an exception outside the case is a crash, memory exhausted outside the case is
    // MemoryExceeded. Every case of each kills its worker, so no worker runs two.

    [Test]
    public void AStackOverflowTheChecksMissKillsTheWorkerAndIsAStackOverflow()
    {
        var (outcomes, sameWorker) = RunConv1D(File.ReadAllText(Fixtures.Submission("stack-overflow-lambda.csx")));
        Assert.That(outcomes, Has.Count.EqualTo(3).And.All.EqualTo(new Crashed(WorkerProcess.StackOverflow)));
        Assert.That(sameWorker, Is.False, "the worker died");
    }

    [Test]
    public void AnExceptionOutsideTheCaseKillsTheWorkerAndIsACrashNotAStackOverflow()
    {
        var (outcomes, sameWorker) = RunConv1D(File.ReadAllText(Fixtures.Submission("throws-outside-the-case.csx")));
        Assert.That(outcomes, Has.Count.EqualTo(3).And.All.EqualTo(new Crashed(
            "an exception outside the case ended the process: InvalidOperationException: thrown outside the case")));
        Assert.That(sameWorker, Is.False, "the worker died");
    }

    [Test]
    public void MemoryExhaustedOutsideTheCaseKillsTheWorkerAndIsMemoryExceeded()
    {
        var source = File.ReadAllText(Fixtures.Submission("memory-hog-outside-the-case.csx"));
        var (outcomes, sameWorker) = RunConv1D(source, stopEarly: true);
        Assert.That(outcomes, Is.EqualTo(new[] { new MemoryExceeded(Tiny.Spec.MemoryLimitMb) }));
        Assert.That(sameWorker, Is.False, "the worker died");
    }

    [Test]
    public void HonestRecursionThousandsDeepStillRuns()
    {
        var (outcomes, _) = RunConv1D("""
            double[] Conv1D(double[] x, double[] w) => Depth(3000) == 3000 ? x : w;
            int Depth(int n) { var below = n == 0 ? 0 : Depth(n - 1); return below + 1; }
            """);
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
    public void AMemoryHogCostsNoWorkerWhenTheGraderSkipsTheRestOfTheQuestion()
    {
        var hog = File.ReadAllText(Fixtures.Submission("memory-hog.csx"));
        var (outcomes, sameWorker) = RunConv1D(hog, stopEarly: true);
        Assert.That(outcomes, Is.EqualTo(new[] { new MemoryExceeded(Tiny.Spec.MemoryLimitMb) }));
        Assert.That(sameWorker,
                    "the worker dropped the rest of the request instead of being killed for unread answers");
    }

    [Test]
    public void AWorkerThatSurvivedAMemoryHogJudgesTheNextHogsTheSameWay()
    {
        // After OutOfMemory the heap must be handed back to the system, or the worker's collector stays in its
        // low-memory mode and the next hog crawls into the time limit (seen: 0.5-1.1 s instead of 20 ms).
        using var pool = new WorkerPool(1, Tiny.Spec.MemoryLimitMb, WorkerLaunch.Default());
        var hog = File.ReadAllText(Fixtures.Submission("memory-hog.csx"));
        var outcomes = Enumerable.Range(0, 5).Select(_ => RunConv1DIn(pool, hog)[0]).ToList();
        Assert.That(outcomes, Is.All.EqualTo(new MemoryExceeded(Tiny.Spec.MemoryLimitMb)));
    }

    [Test]
    public void AfterAMemoryHogTheRestOfTheCasesStillRunWhenAsked()
    {
        var (outcomes, _) = RunConv1D("""
            int calls = 0;
            double[] Conv1D(double[] x, double[] w)
            {
                if (calls++ == 0)
                {
                    var hoard = new System.Collections.Generic.List<double[]>();
                    while (true) hoard.Add(new double[1 << 20]);
                }
                return x;
            }
            """);
        Assert.That(outcomes[0], Is.EqualTo(new MemoryExceeded(Tiny.Spec.MemoryLimitMb)));
        Assert.That(outcomes.Skip(1), Has.Count.EqualTo(2).And.All.TypeOf<Returned>());
    }

    [Test]
    public void ASubmissionThatChangesItsArgumentsChangesThemForNoOtherSubmission()
    {
        // One worker keeps every case's arguments it was sent; each call must still get them as the case says.
        using var pool = new WorkerPool(1, Tiny.Spec.MemoryLimitMb, WorkerLaunch.Default());
        List<string> Run(string source) =>
            RunConv1DIn(pool, source).Select(o => ((Returned)o).Value.ToString()).ToList();
        var seenByTheVandal = Run("double[] Conv1D(double[] x, double[] w) "
                                  + "{ var seen = (double[])x.Clone(); Array.Fill(x, -1.0); return seen; }");
        var seenAfterwards = Run("double[] Conv1D(double[] x, double[] w) => x;");
        Assert.That(seenAfterwards, Is.EqualTo(seenByTheVandal));
        Assert.That(seenAfterwards, Has.None.Contains("-1"));
    }

    [Test]
    public void MemoryTheScriptKeepsInAFieldCostsTheWorker()
    {
        var (outcomes, sameWorker) = RunConv1D("""
            using System.Collections.Generic;
            var hoard = new List<double[]>();
            double[] Conv1D(double[] x, double[] w) { while (true) hoard.Add(new double[1 << 20]); }
            """);
        Assert.That(outcomes[0], Is.EqualTo(new MemoryExceeded(Tiny.Spec.MemoryLimitMb)));
        Assert.That(sameWorker, Is.False, "a heap the script still holds is not trusted");
    }
}

static class Enumerables
{
    // The items up to and including the first that matches.
    public static IEnumerable<T> TakeUntil<T>(this IEnumerable<T> items, Func<T, bool> last)
    {
        foreach (var item in items)
        {
            yield return item;
            if (last(item)) yield break;
        }
    }
}
