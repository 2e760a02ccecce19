using System.Buffers.Binary;
using Grader.Cnn.Data;

namespace Grader.Cnn.Tests;

/// <summary>Writes small IDX files (big-endian headers, as the format says) and tiny MNIST folders for the
/// tests.</summary>
static class IdxFixture
{
    public static byte[] Bytes(int[] dimensions, byte[] data, int magicType = 0x08)
    {
        var bytes = new byte[4 + 4 * dimensions.Length + data.Length];
        bytes[2] = (byte)magicType;
        bytes[3] = (byte)dimensions.Length;
        for (int d = 0; d < dimensions.Length; d++)
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + 4 * d), dimensions[d]);
        data.CopyTo(bytes, 4 + 4 * dimensions.Length);
        return bytes;
    }

    /// <summary>A folder with the four MNIST files: n training and n test images whose class is drawn as a
    /// bright square at a digit-specific place, so a network can learn them in a few steps.</summary>
    public static string MnistFolder(int n)
    {
        var dir = Directory.CreateTempSubdirectory("cnn-mnist-").FullName;
        foreach (var prefix in new[] { "train", "t10k" })
        {
            var labels = Enumerable.Range(0, n).Select(i => (byte)(i % 10)).ToArray();
            var pixels = new byte[n * MnistSet.Pixels];
            for (int i = 0; i < n; i++)
            {
                int top = 2 + labels[i] / 5 * 12, left = 2 + labels[i] % 5 * 5; // the class's 6×6 square
                for (int y = 0; y < 6; y++)
                    for (int x = 0; x < 6; x++)
                        pixels[i * MnistSet.Pixels + (top + y) * 28 + left + x] = 255;
            }
            File.WriteAllBytes(Path.Combine(dir, $"{prefix}-images-idx3-ubyte"), Bytes([n, 28, 28], pixels));
            File.WriteAllBytes(Path.Combine(dir, $"{prefix}-labels-idx1-ubyte"), Bytes([n], labels));
        }
        return dir;
    }
}
