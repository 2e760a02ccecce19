using System.Buffers.Binary;

namespace Grader.Cnn.Data;

/// <summary>The IDX format of the MNIST files: a big-endian header (magic 0x0000_08_NN, where NN is the
/// number of dimensions, then one 32-bit size per dimension) followed by unsigned bytes.</summary>
public static class Idx
{
    const int UnsignedByteType = 0x08;

    /// <summary>Reads an IDX file of unsigned bytes with the given number of dimensions.</summary>
    /// <exception cref="InvalidDataException">The file is not IDX, has another shape, or is truncated.</exception>
    public static (int[] Dimensions, byte[] Data) Read(string path, int dimensionCount)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Path.GetFileName(path);
        int headerLength = 4 + 4 * dimensionCount;
        if (bytes.Length < 4 || bytes[0] != 0 || bytes[1] != 0 || bytes[2] != UnsignedByteType)
            throw new InvalidDataException($"{name}: not an IDX file of unsigned bytes (bad magic number)");
        if (bytes[3] != dimensionCount)
            throw new InvalidDataException($"{name}: expected {dimensionCount} dimensions, the header says {bytes[3]}");
        if (bytes.Length < headerLength)
            throw new InvalidDataException($"{name}: truncated header ({bytes.Length} bytes)");
        var dimensions = new int[dimensionCount];
        long expected = 1;
        for (int d = 0; d < dimensionCount; d++)
        {
            dimensions[d] = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4 + 4 * d));
            if (dimensions[d] <= 0)
                throw new InvalidDataException($"{name}: dimension {d} is {dimensions[d]}");
            expected *= dimensions[d];
        }
        long actual = bytes.Length - headerLength;
        if (actual != expected)
            throw new InvalidDataException(
                $"{name}: header promises {expected} bytes of data ({string.Join('×', dimensions)}), "
                + $"the file has {actual}"
                + (actual < expected ? " (truncated)" : ""));
        return (dimensions, bytes[headerLength..]);
    }

    /// <summary>Reads an images file (3 dimensions: count × rows × columns).</summary>
    public static (int Count, int Rows, int Columns, byte[] Pixels) ReadImages(string path)
    {
        var (d, data) = Read(path, 3);
        return (d[0], d[1], d[2], data);
    }

    /// <summary>Reads a labels file (1 dimension), every label must be a digit 0–9.</summary>
    public static byte[] ReadLabels(string path)
    {
        var (_, data) = Read(path, 1);
        int bad = Array.FindIndex(data, l => l > 9);
        if (bad >= 0)
            throw new InvalidDataException($"{Path.GetFileName(path)}: label {bad} is {data[bad]}, not a digit");
        return data;
    }
}
