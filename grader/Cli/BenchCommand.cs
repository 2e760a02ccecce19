using System.CommandLine;
using Grader.Bench;
using Grader.Pipeline;

namespace Grader.Cli;

/// <summary>
/// `bench --count N`: grades N synthetic conv-backprop submissions with reports and prints the throughput line last.
/// </summary>
public sealed class BenchCommand : Verb
{
    readonly Option<int> countOption = new("--count", "-n")
    {
        Description = "Synthetic submissions", DefaultValueFactory = _ => 1000,
    };
    readonly Option<int> jobsOption = VerbOptions.Jobs();
    readonly Option<string?> outOption =
        VerbOptions.Out("Where submissions and reports go (default: a temporary folder, removed after)");

    public BenchCommand(VerbContext context)
        : base(context, "bench", "Benchmark: grade a synthetic class of conv-backprop and check every verdict")
    {
        TakeOptions(countOption, jobsOption, outOption);
        SetAction(Run);
    }

    async Task<int> Run(ParseResult parse)
    {
        var session = Context.Session();
        // The synthetic class answers conv-backprop: the bench runs in the grader's repository.
        if (Paths.Bundled(Console, "bench grades a synthetic class on its conv-backprop, so run it there") is null)
            return 2;
        if (session.Load(Path.Combine(Paths.Root(), "assignments", "conv-backprop")) is not { } assignment) return 2;
        Console.SandboxNotice();
        var output = parse.GetValue(outOption) ?? Directory.CreateTempSubdirectory("grader-bench-").FullName;
        try
        {
            var result = await BenchRun.RunAsync(assignment, Math.Max(1, parse.GetValue(countOption)),
                                                 Math.Max(1, parse.GetValue(jobsOption)), output,
                                                 session.Evaluators, Console.Say);
            foreach (var wrong in result.Misclassified.Take(20)) Console.Say($"misclassified: {wrong}");
            Console.Print(
                $"sandbox: {(Grader.Run.Sandbox.Unavailable is null ? "bubblewrap" : "off")}, "
                + $"jobs: {parse.GetValue(jobsOption)}, resident memory after 100: {result.RssAt100Mb:0} MB, "
                + $"at the end: {result.RssAtEndMb:0} MB (managed heap {result.ManagedHeapMb:0} MB); "
                + $"grader CPU per submission: {result.ParentCpuMs:0} ms; "
                + $"GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms "
                + $"({GC.CollectionCount(0)} collections, {GC.CollectionCount(2)} full); "
                + $"JIT {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:0.0} s "
                + $"({System.Runtime.JitInfo.GetCompiledMethodCount()} methods)");
            Console.Print(result.Line);
            return result.Misclassified.Count == 0 ? 0 : 1;
        }
        finally
        {
            if (parse.GetValue(outOption) is null) Directory.Delete(output, recursive: true);
        }
    }
}
