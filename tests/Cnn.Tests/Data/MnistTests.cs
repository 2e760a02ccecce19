using Grader.Cnn.Data;

namespace Grader.Cnn.Tests.Data;

public class MnistTests
{
    [Test]
    public void Loads_a_folder_and_doubles_both_sets()
    {
        using var mnist = TempFolder.Mnist(20);
        var (train, test) = Mnist.Load(mnist.Dir);
        Assert.That((train.Count, test.Count), Is.EqualTo((40, 40)));
    }

    [Test]
    public void A_missing_folder_names_the_files_it_needs() =>
        Assert.That(() => Mnist.Load("/nonexistent/mnist"),
            Throws.InstanceOf<FileNotFoundException>().With.Message.Contains("train-images-idx3-ubyte"));

    [Test]
    public void Real_MNIST_has_120000_training_and_20000_test_images()
    {
        if (!Mnist.IsPresent(CnnCommandsTests.MnistDir)) Assert.Ignore("MNIST not fetched (data/mnist)");
        var (train, test) = Mnist.Load(CnnCommandsTests.MnistDir);
        Assert.That((train.Count, test.Count), Is.EqualTo((120_000, 20_000)));
        // The first digits of the original files: 5, 0, 4 (training) and 7, 2, 1 (test).
        Assert.That(new[] { train.Label(0), train.Label(1), train.Label(2) }, Is.EqualTo(new[] { 5, 0, 4 }));
        Assert.That(new[] { test.Label(0), test.Label(1), test.Label(2) }, Is.EqualTo(new[] { 7, 2, 1 }));
    }
}
