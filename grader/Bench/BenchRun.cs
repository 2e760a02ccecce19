using Grader.Artifacts;
using System.Diagnostics;
using Grader.Assignments;
using Grader.Pipeline;
using Grader.Report;

namespace Grader.Bench;

/// <summary>The figures of one benchmark run.</summary>
public sealed record BenchResult(int Count, double Seconds, double P95Ms, double PeakRssMb, double RssAt100Mb,
                                 double RssAtEndMb, double ManagedHeapMb, double ParentCpuMs,
                                 IReadOnlyList<string> Misclassified)
{
    public string Line => $"throughput: {Count / Seconds:0.0} submissions/s, p95: {P95Ms:0} ms, "
                          + $"parent peak RSS: {PeakRssMb:0} MB, misclassified: {Misclassified.Count}";
}

/// <summary>Grades a synthetic class with reports, as `grade` does,
/// and checks every verdict against its expectation.</summary>
public static class BenchRun
{
    public static async Task<BenchResult> RunAsync(Assignment assignment, int count, int jobs, string output,
                                                  ArtifactEvaluators evaluators, Action<string> log)
    {
        var synthetic = SyntheticClass.Make(assignment, count);
        var folder = Path.Combine(output, "submissions");
        Directory.CreateDirectory(folder);
        foreach (var s in synthetic) File.WriteAllText(Path.Combine(folder, s.Id + ".csx"), s.Source);
        var submissions = Submission.Discover(folder);

        var elapsed = new List<double>();
        double rssAt100 = 0;
        var self = Process.GetCurrentProcess();
        var startCpu = CpuSeconds();
        var clock = Stopwatch.StartNew();
        var options = new GradeOptions(Path.Combine(output, "reports"), jobs, "bench") { Evaluators = evaluators };
        var report = await ClassGrading.RunAsync(assignment, submissions, options, graded =>
        {
            lock (elapsed)
            {
                elapsed.Add(graded.Elapsed.TotalMilliseconds);
                if (elapsed.Count == Math.Min(100, count)) { self.Refresh(); rssAt100 = self.WorkingSet64 / 1048576.0; }
                if (elapsed.Count % 100 == 0)
                    log($"{elapsed.Count}/{count} graded, {elapsed.Count / clock.Elapsed.TotalSeconds:0.0}/s");
            }
        });
        clock.Stop();
        self.Refresh();
        var expected = synthetic.ToDictionary(s => s.Id, s => s.Expected);
        var misclassified = report.Students.Where(s => !Matches(s, expected[s.Student]))
            .Select(s => $"{s.Student} ({expected[s.Student].Kind}): got {s.Score}").ToList();
        elapsed.Sort();
        return new BenchResult(count, clock.Elapsed.TotalSeconds, elapsed[(int)Math.Ceiling(0.95 * elapsed.Count) - 1],
                               PeakRss(self), rssAt100, self.WorkingSet64 / 1048576.0,
                               GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0,
                               1000 * (CpuSeconds() - startCpu) / count, misclassified);
    }

    static bool Matches(StudentReport student, Expectation expected) =>
        Math.Abs(student.Score - expected.Score) < 0.005
        && (expected.Question is null
            || student.Questions.Single(q => q.Id == expected.Question).Cases[0].Verdict == expected.Verdict);

    // User + system CPU seconds of the grader process itself (workers die in their sandbox and cannot be counted here).
    static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    // VmHWM: the most resident memory the process ever had (PeakWorkingSet64 reads the same on Linux).
    static double PeakRss(Process self) => self.PeakWorkingSet64 / 1048576.0;
}
