using System.Buffers.Binary;

namespace Grader.Cnn.Model;

/// <summary>The weights file: every parameter as a little-endian float32, no header, in the order of
/// <see cref="CnnWeights"/> (documented in assignments/trained-cnn/reference/FORMAT.md): 27,938 floats for
/// Leaky ReLU, 34,402 for PReLU. Chosen so that numpy's tofile or a BinaryWriter loop writes it.</summary>
public static class WeightsFile
{
    public static void Write(string path, CnnWeights weights)
    {
        var bytes = new byte[weights.Data.Length * 4];
        for (int i = 0; i < weights.Data.Length; i++)
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(4 * i), weights.Data[i]);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Reads the weights of a network with the given activation.</summary>
    /// <exception cref="InvalidDataException">The length does not fit that network, or a value is NaN/∞.</exception>
    public static CnnWeights Read(string path, Activation activation) =>
        Read(File.ReadAllBytes(path), Path.GetFileName(path), activation);

    /// <summary>The weights in bytes already read (a handed-in file the grader read without following links).</summary>
    public static CnnWeights Read(byte[] bytes, string name, Activation activation)
    {
        int expected = 4 * CnnWeights.Count(activation);
        if (bytes.Length != expected)
            throw new InvalidDataException(
                $"{name}: {bytes.Length} bytes, but a {activation} network has {expected} "
                + $"({CnnWeights.Count(activation)} little-endian float32 values, no header; see FORMAT.md)");
        var data = new float[bytes.Length / 4];
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(4 * i));
            if (!float.IsFinite(data[i]))
                throw new InvalidDataException($"{name}: parameter {i} is {data[i]}");
        }
        return new CnnWeights(activation, data);
    }
}
