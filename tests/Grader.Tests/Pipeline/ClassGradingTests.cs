using Grader.Pipeline;

namespace Grader.Tests.Pipeline;

/// <summary>What a TA relies on for big classes: regrades are byte-identical, shards merge into the single-run reports,
/// and a run killed midway resumes without regrading anybody already finished.</summary>
public class ClassGradingTests
{
    static readonly string[] Mixed = ["correct.csx", "throws.csx", "wrong-signature.csx", "stack-overflow.csx",
                                      "split-files"];
    string scratch = "";

    [SetUp]
    public void MakeScratch() => scratch = Directory.CreateTempSubdirectory("grader-class-").FullName;

    [TearDown]
    public void Clean() => Directory.Delete(scratch, true);

    string Submissions(params string[] names)
    {
        var dir = Path.Combine(scratch, "in");
        Directory.CreateDirectory(dir);
        foreach (var name in names)
        {
            var source = Fixtures.Submission(name);
            if (Directory.Exists(source)) CopyFolder(source, Path.Combine(dir, name));
            else File.Copy(source, Path.Combine(dir, name));
        }
        return dir;
    }

    static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    async Task<string> Grade(string submissions, string output, bool resume = false, Shard? shard = null,
                             Action<Graded>? finished = null)
    {
        var options = new GradeOptions(Path.Combine(scratch, output), 2, "fixed time", resume, shard)
        {
            Evaluators = Fixtures.Evaluators,
        };
        await ClassGrading.RunAsync(Fixtures.Load(Fixtures.Tiny), Submission.Discover(submissions), options, finished);
        return options.Output;
    }

    static Dictionary<string, string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                 .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText);

    [Test]
    public async Task RegradingTheSameInputsGivesByteIdenticalReports()
    {
        var input = Submissions(Mixed);
        var first = Files(await Grade(input, "first"));
        var second = Files(await Grade(input, "second"));
        Assert.That(first.Keys, Has.Some.EndsWith("summary.html").And.Some.EndsWith("result.json"));
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public async Task TwoShardsMergeIntoExactlyTheSingleRunReports()
    {
        var input = Submissions(Mixed);
        var single = Files(await Grade(input, "single"));
        var one = await Grade(input, "one", shard: new Shard(1, 2));
        var two = await Grade(input, "two", shard: new Shard(2, 2));
        Assert.That(Directory.GetDirectories(Path.Combine(one, "tiny", "students")), Is.Not.Empty);
        Assert.That(Directory.GetDirectories(Path.Combine(two, "tiny", "students")), Is.Not.Empty);
        var merged = Path.Combine(scratch, "merged");
        foreach (var (report, keys) in ClassMerge.Read([one, two]))
            new Grader.Report.ReportSet(merged, report.AssignmentId).WriteClass(report, keys);
        Assert.That(Files(merged), Is.EqualTo(single));
    }

    [Test]
    public void AHandedInFileThatChangesMeansTheStudentIsGradedAgainOnResume()
    {
        var assignment = Fixtures.Load(Fixtures.Bundled("trained-cnn"));
        var folder = Path.Combine(scratch, "alice");
        CopyFolder(Path.Combine(assignment.ExamplesDirectory, "correct"), folder);
        var before = ResultKeys.Fingerprint(Submission.FromPath(folder)!, assignment);
        var weights = Directory.GetFiles(folder, "*.f32")[0];
        File.WriteAllBytes(weights, File.ReadAllBytes(weights).Reverse().ToArray());
        Assert.That(ResultKeys.Fingerprint(Submission.FromPath(folder)!, assignment), Is.Not.EqualTo(before));
    }

    [Test]
    public void ShardsPartitionAClass()
    {
        var ids = Enumerable.Range(0, 200).Select(i => $"student{i}").ToList();
        var slices = Enumerable.Range(1, 3).Select(i => ids.Where(new Shard(i, 3).Contains).ToList()).ToList();
        Assert.That(slices.SelectMany(s => s).Order(), Is.EqualTo(ids.Order()));
        Assert.That(slices.Select(s => s.Count), Is.All.GreaterThan(40));
    }

    [Test]
    public async Task AKilledRunResumesWithoutRegradingAnybodyFinished()
    {
        var input = Submissions("correct.csx", "throws.csx");
        for (int i = 1; i <= 4; i++)
            File.Copy(Fixtures.Submission("loops-forever.csx"), Path.Combine(input, $"zz-loop{i}.csx"));
        var uninterrupted = Files(await Grade(input, "uninterrupted"));

        var output = Path.Combine(scratch, "interrupted");
        using (var run = Fixtures.StartGrader("grade", Fixtures.Tiny, input, "-o", output, "--timestamp", "fixed time",
                                              "-j", "1"))
        {
            WaitForAResult(output);
            run.Kill(entireProcessTree: true);
            run.WaitForExit();
        }
        var before = Directory.GetFiles(output, "result.json", SearchOption.AllDirectories).Length;
        Assert.That(before, Is.InRange(1, 5), "killed after some but not all students were finished");

        await AssertResumeKeepsAndFinishes(input, before, uninterrupted);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task SigtermEndsTheRunPromptlyWithNoWorkerLeftAndResumeFinishesTheClass(bool sandboxOff)
    {
        var input = Submissions("correct.csx", "throws.csx");
        for (int i = 1; i <= 6; i++)
            File.Copy(Fixtures.Submission("loops-forever.csx"), Path.Combine(input, $"zz-loop{i}.csx"));
        var uninterrupted = Files(await Grade(input, "uninterrupted"));

        var output = Path.Combine(scratch, "interrupted");
        var environment = new Dictionary<string, string> { ["GRADER_NO_SANDBOX"] = sandboxOff ? "1" : "0" };
        using (var run = Fixtures.StartGrader(environment, "grade", Fixtures.Tiny, input, "-o", output, "--timestamp",
                                              "fixed time", "-j", "2"))
        {
            WaitForAResult(output);
            var workers = Descendants(run.Id);
            Assert.That(workers, Is.Not.Empty, "workers are busy with the endless loops");
            Assert.That(Signal(run.Id, 15), Is.Zero);
            Assert.That(run.WaitForExit(20_000), Is.True, "the grader ends on SIGTERM instead of finishing the class");
            Assert.That(run.ExitCode, Is.EqualTo(Grader.Cli.GradeCommand.Interrupted));
            for (int waited = 0; waited < 5_000 && workers.Any(Alive); waited += 50) Thread.Sleep(50);
            Assert.That(workers.Where(Alive), Is.Empty, "no worker outlives the grader");
        }
        Assert.That(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories), Is.Empty);
        var kept = Directory.GetFiles(output, "result.json", SearchOption.AllDirectories).Length;
        Assert.That(kept, Is.InRange(1, 7), "stopped after some but not all students were finished");

        await AssertResumeKeepsAndFinishes(input, kept, uninterrupted);
    }

    // --resume keeps exactly the students the interrupted run finished, and ends with the files of a run never stopped.
    async Task AssertResumeKeepsAndFinishes(string input, int kept, Dictionary<string, string> uninterrupted)
    {
        int resumed = 0;
        var output = await Grade(input, "interrupted", resume: true,
                                 finished: g => { if (g.Resumed) Interlocked.Increment(ref resumed); });
        Assert.That(resumed, Is.EqualTo(kept));
        Assert.That(Files(output), Is.EqualTo(uninterrupted));
    }

    static void WaitForAResult(string output)
    {
        var students = Path.Combine(output, "tiny", "students");
        bool AnyResult() => Directory.Exists(students)
                            && Directory.GetFiles(students, "result.json", SearchOption.AllDirectories).Length > 0;
        for (int waited = 0; waited < 60_000 && !AnyResult(); waited += 50) Thread.Sleep(50);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill")]
    static extern int Signal(int pid, int signal);

    // Every process below `root`, from the parent ids in /proc/<pid>/stat.
    static List<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(dir), out var pid))
                try { parents[pid] = ParentId(File.ReadAllText(Path.Combine(dir, "stat"))); }
                catch (IOException) { } // the process ended while /proc was read
        var found = new List<int>();
        for (var layer = new List<int> { root }; layer.Count > 0; found.AddRange(layer))
            layer = parents.Where(p => layer.Contains(p.Value)).Select(p => p.Key).ToList();
        return found.Where(p => p != root).ToList();
    }

    // The parent id is the second field after the command name, which is in parentheses and may hold spaces.
    static int ParentId(string stat) => int.Parse(stat.Split(')')[^1].Split(' ')[2]);

    // Alive and not a zombie waiting to be reaped.
    static bool Alive(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/stat").Split(')')[^1].Split(' ')[1] != "Z"; }
        catch (IOException) { return false; }
    }
}
