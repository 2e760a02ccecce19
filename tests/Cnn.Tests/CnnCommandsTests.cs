namespace Grader.Cnn.Tests;

public class CnnCommandsTests
{
    /// <summary>The real MNIST folder of this checkout (data/mnist, git-ignored), found from the test binary.</summary>
    public static string MnistDir
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Grader.sln"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? ".", "data", "mnist");
        }
    }

    [Test, Explicit("benchmark: minutes of CPU; run by hand")]
    public void Bench() => CnnCommands.Bench(MnistDir, TestContext.Out);
}
