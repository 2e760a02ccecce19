using Grader.Run;

namespace Grader.Tests.Run;

/// <summary>The worker's standard streams lead nowhere: the
/// protocol runs on descriptors student code cannot name.</summary>
public class ProtocolChannelTests
{
    [Test]
    public void AWorkersStandardInputAndOutputAreDevNull()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("the protocol moves off the standard streams on Linux only");
        using var worker = WorkerProcess.Start(WorkerLaunch.Default(), 128);
        var host = WorkerHostOf(worker.ProcessId);
        Assert.That(Link(host, 0), Is.EqualTo("/dev/null"));
        Assert.That(Link(host, 1), Is.EqualTo("/dev/null"));
        Assert.That(Directory.GetFiles($"/proc/{host}/fd").Select(f => Link(host, int.Parse(Path.GetFileName(f)))),
                    Has.Some.StartsWith("pipe:"), "the protocol still has its pipes, on other descriptors");
    }

    static string Link(int pid, int fd) => new FileInfo($"/proc/{pid}/fd/{fd}").LinkTarget ?? "";

    // The process running `grader worker`: the started one, or (under the sandbox) its deepest descendant.
    static int WorkerHostOf(int pid)
    {
        var children = File.ReadAllText($"/proc/{pid}/task/{pid}/children")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return children.Length == 0 ? pid : WorkerHostOf(int.Parse(children[0]));
    }
}
