using System.Buffers.Binary;
using Grader.Cnn.Model;

namespace Grader.Cnn.Tests.Model;

public class WeightsFileTests
{
    [Test]
    public void Round_trips_as_raw_little_endian_float32()
    {
        var path = Path.GetTempFileName();
        var w = CnnWeights.Initial(Activation.PRelu, 9);
        WeightsFile.Write(path, w);
        var bytes = File.ReadAllBytes(path);
        Assert.That(bytes, Has.Length.EqualTo(4 * 34_402));
        Assert.That(BinaryPrimitives.ReadSingleLittleEndian(bytes), Is.EqualTo(w.Data[0]));
        Assert.That(WeightsFile.Read(path, Activation.PRelu).Data, Is.EqualTo(w.Data));
        File.Delete(path);
    }

    [Test]
    public void A_file_of_the_wrong_length_names_the_expected_one()
    {
        var path = Path.GetTempFileName();
        WeightsFile.Write(path, CnnWeights.Initial(Activation.PRelu, 9));
        Assert.That(() => WeightsFile.Read(path, Activation.Leaky(0)),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("111752"));
        File.Delete(path);
    }

    [Test]
    public void NaN_is_rejected()
    {
        var path = Path.GetTempFileName();
        var w = CnnWeights.Initial(Activation.Leaky(0), 9);
        w.Data[5] = float.NaN;
        WeightsFile.Write(path, w);
        Assert.That(() => WeightsFile.Read(path, Activation.Leaky(0)),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("parameter 5"));
        File.Delete(path);
    }
}
