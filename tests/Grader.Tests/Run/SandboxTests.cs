using Grader.Run;

namespace Grader.Tests.Run;

public class SandboxTests
{
    [Test]
    public void AWorkerStartsWhenTheGraderItselfLivesUnderTmp()
    {
        if (Sandbox.Unavailable is { } why) Assert.Ignore($"bubblewrap is not available here: {why}");
        // The sandbox gives workers a private /tmp; a grader checked out under /tmp must stay visible inside it.
        var copy = Directory.CreateTempSubdirectory("grader-copy-").FullName;
        try
        {
            var original = Path.GetDirectoryName(typeof(WorkerHost).Assembly.Location)!;
            foreach (var file in Directory.GetFiles(original))
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            var launch = WorkerLaunch.Default() with
            {
                Arguments = [Path.Combine(copy, "grader.dll"), "worker"], AppDirectory = copy,
            };
            using var worker = WorkerProcess.Start(launch, 128);
            Assert.That(worker.IsAlive);
        }
        finally
        {
            Directory.Delete(copy, true);
        }
    }
}
