namespace Grader.Cnn.Tests;

/// <summary>A temporary folder that is deleted when the test is done with it, whether the test passed or not.</summary>
sealed class TempFolder : IDisposable
{
    TempFolder(string dir) => Dir = dir;

    public string Dir { get; }

    public static TempFolder Empty(string prefix) => new(Directory.CreateTempSubdirectory(prefix).FullName);

    /// <summary>The tiny MNIST folder of <see cref="IdxFixture.MnistFolder"/>: n training and n test images.</summary>
    public static TempFolder Mnist(int n) => new(IdxFixture.MnistFolder(n));

    public void Dispose() => Directory.Delete(Dir, true);
}
