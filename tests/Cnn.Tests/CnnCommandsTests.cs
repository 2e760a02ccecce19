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

    /// <summary>Writes assignments/trained-cnn/reference/ (see its README): the six variants, 2 epochs. Run
    /// parameters seed and out (dotnet test ... -- TestRunParameters.Parameter(name=\"seed\", value=\"3\"))
    /// override the committed seed and folder.</summary>
    [Test, Explicit("trains the reference networks: minutes of CPU; run by hand")]
    public void TrainReference() =>
        CnnCommands.TrainReference(MnistDir,
            TestContext.Parameters.Get("out",
                Path.Combine(MnistDir, "..", "..", "assignments", "trained-cnn", "reference")),
            epochs: 2, seed: TestContext.Parameters.Get("seed", ReferenceSeed), TestContext.Out);

    public const int ReferenceSeed = 1;

    [Test, Explicit("benchmark: a minute of CPU; run by hand")]
    public void Bench() => CnnCommands.Bench(MnistDir, TestContext.Out);
}
