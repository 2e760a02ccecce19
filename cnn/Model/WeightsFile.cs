using System.Buffers.Binary;

namespace Grader.Cnn.Model;

/// <summary>The weights file: every parameter as a little-endian float32, no header, in the order of
/// <see cref="CnnWeights"/> (documented in assignments/trained-cnn/reference/FORMAT.md). The length tells
/// Leaky ReLU (27,938 floats) from PReLU (34,402 floats).</summary>
public static class WeightsFile
{
    public static void Write(string path, CnnWeights weights)
    {
        var bytes = new byte[weights.Data.Length * 4];
        for (int i = 0; i < weights.Data.Length; i++)
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(4 * i), weights.Data[i]);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Reads a file; a PReLU file needs no activation, a Leaky ReLU file needs its α.</summary>
    /// <exception cref="InvalidDataException">The length fits neither model, or holds NaN/∞.</exception>
    public static CnnWeights Read(string path, float leakyAlpha)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Path.GetFileName(path);
        var activation = bytes.Length == 4 * CnnWeights.PReluCount ? Activation.PRelu
            : bytes.Length == 4 * CnnWeights.LeakyCount ? Activation.Leaky(leakyAlpha)
            : throw new InvalidDataException(
                $"{name}: {bytes.Length} bytes; a weights file has {4 * CnnWeights.LeakyCount} (Leaky ReLU) "
                + $"or {4 * CnnWeights.PReluCount} (PReLU) bytes: little-endian float32, no header");
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
