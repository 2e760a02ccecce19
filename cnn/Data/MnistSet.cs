namespace Grader.Cnn.Data;

/// <summary>MNIST images with their inverted copies: index i &lt; n is original image i, index n + i is
/// image i inverted (1 − x). Pixels stay bytes (a quarter of the memory of floats) and become
/// floats one image at a time.</summary>
public sealed class MnistSet
{
    public const int Side = 28;
    public const int Pixels = Side * Side;

    readonly byte[] pixels;
    readonly byte[] labels;
    readonly bool withInverted;

    public MnistSet(byte[] pixels, byte[] labels, bool withInverted = true)
    {
        if (pixels.Length != labels.Length * Pixels)
            throw new ArgumentException($"{labels.Length} labels need {labels.Length * Pixels} pixels, got " +
                $"{pixels.Length}");
        this.pixels = pixels;
        this.labels = labels;
        this.withInverted = withInverted;
    }

    /// <summary>Number of originals.</summary>
    public int OriginalCount => labels.Length;

    /// <summary>Number of images, inverted copies included.</summary>
    public int Count => withInverted ? 2 * labels.Length : labels.Length;

    public int Label(int index) => labels[index % labels.Length];

    // x = b / 255 and its inverse 1 − x, both computed in float32 exactly like this.
    public void CopyImage(int index, Span<float> destination)
    {
        var source = pixels.AsSpan(index % labels.Length * Pixels, Pixels);
        bool inverted = index >= labels.Length;
        for (int p = 0; p < Pixels; p++)
        {
            float x = source[p] / 255f;
            destination[p] = inverted ? 1f - x : x;
        }
    }

    /// <summary>The first <paramref name="count"/> originals (with their inverted copies):
    /// small sets for tests.</summary>
    public MnistSet Take(int count) =>
        new(pixels[..(count * Pixels)], labels[..count], withInverted);
}
