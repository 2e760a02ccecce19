using Grader.Run;

namespace Grader.Tests.Run;

/// <summary>A worker serves the next submission only with its heap back:
/// what is still referenced counts against it.</summary>
public class QuiescenceTests
{
    [Test]
    public void MemoryStillReferencedKeepsTheHeapFromComingBack()
    {
        long limit = GC.GetTotalMemory(true) * 4 + (64 << 20);
        var held = new byte[limit / 2];
        Array.Fill(held, (byte)1);
        Assert.That(Quiescence.HeapIsBack(limit), Is.False);
        GC.KeepAlive(held);
    }

    [Test]
    public void GarbageIsCollectedAndTheHeapComesBack()
    {
        long limit = GC.GetTotalMemory(true) * 4 + (64 << 20);
        Garbage(limit / 2);
        Assert.That(Quiescence.HeapIsBack(limit), Is.True);
    }

    static void Garbage(long bytes) => Array.Fill(new byte[bytes], (byte)1);
}
