using System.Collections.Concurrent;
using System.Diagnostics;

namespace Grader.Tests.Cli;

/// <summary>`check --watch` checks at once, then again after every save, in the same process, until it is stopped.
/// </summary>
public class CheckWatchTests
{
    [Test]
    public void ASaveIsCheckedAgainWithItsNewResult()
    {
        var scratch = Directory.CreateTempSubdirectory("grader-watch-").FullName;
        var solution = Path.Combine(scratch, "solution.csx");
        File.Copy(Fixtures.Submission("correct.csx"), solution);
        var lines = new BlockingCollection<string>();
        var info = Fixtures.GraderStart("", new Dictionary<string, string>(),
                                        "check", Fixtures.Tiny, solution, "--watch");
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Add(e.Data); };
        process.ErrorDataReceived += (_, _) => { };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var first = Until(lines, "checked in ");
            Assert.That(first, Has.Some.EqualTo("All public cases pass."));
            Assert.That(first[^1], Does.Match(@"^checked in \d+\.\d\d s; "));
            File.Copy(Fixtures.Submission("throws.csx"), solution, overwrite: true);
            var second = Until(lines, "re-checked in ");
            Assert.That(second, Has.Some.Contains("public cases fail"));
            Assert.That(second[^1], Does.Match(@"^re-checked in \d+\.\d\d s; "));
            Assert.That(process.HasExited, Is.False, "it keeps watching");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Directory.Delete(scratch, recursive: true);
        }
    }

    // The lines printed up to one starting with `start` (a minute at most: a guard against a hang, not a timing).
    static List<string> Until(BlockingCollection<string> lines, string start)
    {
        var seen = new List<string>();
        while (lines.TryTake(out var line, TimeSpan.FromMinutes(1)))
        {
            seen.Add(line);
            if (line.StartsWith(start, StringComparison.Ordinal)) return seen;
        }
        throw new AssertionException($"no line starting with '{start}' after: {string.Join('\n', seen)}");
    }
}
