using Grader.Cnn.Data;

namespace Grader.Cnn.Tests.Data;

public class IdxTests
{
    string dir = "";

    [SetUp] public void CreateFolder() => dir = Directory.CreateTempSubdirectory("idx-").FullName;
    [TearDown] public void DeleteFolder() => Directory.Delete(dir, true);

    string Write(byte[] bytes)
    {
        var path = Path.Combine(dir, "file-idx");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Test]
    public void Reads_big_endian_dimensions_and_the_bytes()
    {
        var data = Enumerable.Range(0, 2 * 3 * 300).Select(i => (byte)i).ToArray();
        var (count, rows, columns, pixels) = Idx.ReadImages(Write(IdxFixture.Bytes([2, 3, 300], data)));
        Assert.That((count, rows, columns), Is.EqualTo((2, 3, 300)));
        Assert.That(pixels, Is.EqualTo(data));
    }

    [Test]
    public void A_truncated_file_is_a_clear_error()
    {
        var bytes = IdxFixture.Bytes([2, 28, 28], new byte[2 * 28 * 28]);
        Assert.That(() => Idx.ReadImages(Write(bytes[..^10])),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("truncated"));
        Assert.That(() => Idx.ReadImages(Write(bytes[..9])),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("truncated header"));
    }

    [Test]
    public void A_foreign_file_is_a_clear_error()
    {
        Assert.That(() => Idx.ReadImages(Write("GIF89a......"u8.ToArray())),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("not an IDX file"));
        Assert.That(() => Idx.ReadImages(Write(IdxFixture.Bytes([4], new byte[4]))),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("expected 3 dimensions"));
        Assert.That(() => Idx.ReadImages(Write(IdxFixture.Bytes([1, 1, 1], new byte[4], magicType: 0x0D))),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("bad magic"));
    }

    [Test]
    public void Labels_must_be_digits() =>
        Assert.That(() => Idx.ReadLabels(Write(IdxFixture.Bytes([3], [1, 12, 3]))),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("label 1 is 12"));
}
