namespace Grader.Cnn.Data;

/// <summary>Loads the four original MNIST IDX files from a folder and doubles them with inverted copies
/// (60,000 + 60,000 training images, 10,000 + 10,000 test images).</summary>
public static class Mnist
{
    public static readonly string[] FileNames =
        ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"];

    /// <summary>True when all four files are in <paramref name="directory"/>.</summary>
    public static bool IsPresent(string directory) =>
        FileNames.All(f => File.Exists(Path.Combine(directory, f)));

    public static (MnistSet Train, MnistSet Test) Load(string directory)
    {
        if (!IsPresent(directory))
            throw new FileNotFoundException(
                $"MNIST not found in {directory}: expected {string.Join(", ", FileNames)} (run the fetch step first)");
        return (LoadSet(directory, "train"), LoadSet(directory, "t10k"));
    }

    /// <summary>Only the 20,000 test images (test set and its inverted copy):
    /// what grading handed-in weights needs.</summary>
    public static MnistSet LoadTest(string directory) => LoadSet(directory, "t10k");

    static MnistSet LoadSet(string directory, string prefix)
    {
        var (count, rows, columns, pixels) = Idx.ReadImages(Path.Combine(directory, $"{prefix}-images-idx3-ubyte"));
        var labels = Idx.ReadLabels(Path.Combine(directory, $"{prefix}-labels-idx1-ubyte"));
        if (rows != MnistSet.Side || columns != MnistSet.Side)
            throw new InvalidDataException($"{prefix} images are {rows}×{columns}, expected 28×28");
        if (count != labels.Length)
            throw new InvalidDataException($"{prefix}: {count} images but {labels.Length} labels");
        return new MnistSet(pixels, labels);
    }
}
