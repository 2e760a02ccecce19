using System.Text;
using Grader.Compile;
using Grader.Run.Wire;

namespace Grader.Tests.Run.Wire;

/// <summary>The worker protocol without a worker: every message survives the trip, and no byte stream throws.</summary>
public class WireCodecTests
{
    static byte[] Encode(Action<BinaryWriter> write)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)) write(writer);
        return stream.ToArray();
    }

    static byte[] Encode(Request request) => Encode(writer => WireCodec.Write(writer, request));
    static byte[] Encode(Reply reply) => Encode(writer => WireCodec.Write(writer, reply));

    static Decoded<Request> DecodeRequest(byte[] bytes) =>
        WireCodec.ReadRequest(new BinaryReader(new MemoryStream(bytes)));
    static Decoded<Reply> DecodeReply(byte[] bytes) => WireCodec.ReadReply(new BinaryReader(new MemoryStream(bytes)));

    static T Message<T>(Decoded<T> decoded) =>
        decoded is Decoded<T>.Message { Value: var value } ? value : throw new AssertionException($"decoded {decoded}");

    static readonly Request[] Requests =
    [
        new Request.Load([0x4d, 0x5a, 0, 255], "Submission#0"),
        new Request.CallMany("Conv1D", ["double[]", "double[,]"], true,
            [new CaseCall(0, "[[1.5],[[2]]]"), new CaseCall(7, null), new CaseCall(3, "[\"ü\"]")]),
        new Request.CallMany("Zero", [], false, []),
        new Request.Quiesce(),
    ];

    static readonly Reply[] Replies =
    [
        new Reply.Ready(),
        new Reply.Loaded("top-level output\n"),
        new Reply.Returned("[1,2.5]", "", [0, 2]),
        new Reply.Returned("null", "printed ü", []),
        new Reply.Threw("IndexOutOfRangeException", "Index was outside the bounds of the array.",
            [new CodeOffset(100663297, 12), new CodeOffset(100663298, 0)], "before"),
        new Reply.Threw("InvalidOperationException", "", [], ""),
        new Reply.MemoryExceeded(true),
        new Reply.MemoryExceeded(false),
        new Reply.StackOverflow(),
        new Reply.Idle(),
        new Reply.Dirty(),
    ];

    [TestCaseSource(nameof(Requests))]
    public void EveryRequestComesBackAsItWasSent(Request request) => ComesBack(request, Encode, DecodeRequest);

    [TestCaseSource(nameof(Replies))]
    public void EveryReplyComesBackAsItWasSent(Reply reply) => ComesBack(reply, Encode, DecodeReply);

    // Same kind, and the same bytes when sent on again: every field made the trip.
    static void ComesBack<T>(T message, Func<T, byte[]> encode, Func<byte[], Decoded<T>> decode) where T : notnull
    {
        var bytes = encode(message);
        var decoded = Message(decode(bytes));
        Assert.That(decoded.GetType(), Is.EqualTo(message.GetType()));
        Assert.That(encode(decoded), Is.EqualTo(bytes));
    }

    [Test]
    public void ACallKeepsItsCasesAndWhichOnesCarryArguments()
    {
        var call = (Request.CallMany)Message(DecodeRequest(Encode(Requests[1])));
        Assert.That(call.Method, Is.EqualTo("Conv1D"));
        Assert.That(call.ParameterTypes, Is.EqualTo(new[] { "double[]", "double[,]" }));
        Assert.That(call.ReportModified, Is.True);
        Assert.That(call.Cases, Is.EqualTo(Requests[1] is Request.CallMany sent ? sent.Cases : null));
    }

    [Test]
    public void AThrowKeepsItsScriptFramesInOrder()
    {
        var threw = (Reply.Threw)Message(DecodeReply(Encode(Replies[4])));
        Assert.That(threw.Frames, Is.EqualTo(new[] { new CodeOffset(100663297, 12), new CodeOffset(100663298, 0) }));
        Assert.That((threw.ExceptionType, threw.Output), Is.EqualTo(("IndexOutOfRangeException", "before")));
    }

    [Test]
    public void AReturnKeepsTheChangedArgumentsPositions() =>
        Assert.That(((Reply.Returned)Message(DecodeReply(Encode(Replies[2])))).Modified, Is.EqualTo(new[] { 0, 2 }));

    [Test]
    public void TheBytesAreTheKindThenBinaryWriterFields()
    {
        // The layout both ends of a running batch share: a change here is a change of protocol.
        Assert.That(Encode(new Reply.Loaded("hi")), Is.EqualTo(new byte[] { 10, 2, (byte)'h', (byte)'i' }));
        Assert.That(Encode(new Reply.MemoryExceeded(true)), Is.EqualTo(new byte[] { 13, 1 }));
        Assert.That(Encode(new Request.Quiesce()), Is.EqualTo(new byte[] { 3 }));
    }

    [Test]
    public void StudentOutputThatSpellsARepliesBytesIsOnlyOutput()
    {
        // Output that reads like "Returned [666]" and then "Idle": length-prefixed, it stays inside its own field.
        var forged = Encoding.Latin1.GetString(Encode(new Reply.Returned("[666]", "", [])))
                     + Encoding.Latin1.GetString(Encode(new Reply.Idle()));
        var stream = new MemoryStream(Encode(new Reply.Returned("[1]", forged, [])));
        var reader = new BinaryReader(stream);
        var returned = (Reply.Returned)Message(WireCodec.ReadReply(reader));
        Assert.That((returned.ValueJson, returned.Output), Is.EqualTo(("[1]", forged)));
        Assert.That(WireCodec.ReadReply(reader), Is.TypeOf<Decoded<Reply>.Ended>());
    }

    [Test]
    public void MessagesFollowEachOtherAndTheStreamEndsCleanly()
    {
        var reader = new BinaryReader(new MemoryStream(Replies.SelectMany(Encode).ToArray()));
        var decoded = Replies.Select(_ => Message(WireCodec.ReadReply(reader))).ToList();
        Assert.That(decoded.Select(r => r.GetType()), Is.EqualTo(Replies.Select(r => r.GetType())));
        Assert.That(WireCodec.ReadReply(reader), Is.TypeOf<Decoded<Reply>.Ended>());
    }

    [Test]
    public void EveryCutOfEveryReplyIsTruncatedNotAnException() =>
        EveryCutIsTruncated(Replies.Select(Encode), DecodeReply);

    [Test]
    public void EveryCutOfEveryRequestIsTruncatedNotAnException() =>
        EveryCutIsTruncated(Requests.Select(Encode), DecodeRequest);

    static void EveryCutIsTruncated<T>(IEnumerable<byte[]> messages, Func<byte[], Decoded<T>> decode)
    {
        foreach (var bytes in messages.Where(b => b.Length > 1))
            for (int length = 1; length < bytes.Length; length++)
                Assert.That(decode(bytes[..length]), Is.TypeOf<Decoded<T>.Truncated>(),
                    $"{bytes.Length} cut to {length}");
    }

    [Test]
    public void AnEmptyStreamHasEnded()
    {
        Assert.That(DecodeReply([]), Is.TypeOf<Decoded<Reply>.Ended>());
        Assert.That(DecodeRequest([]), Is.TypeOf<Decoded<Request>.Ended>());
    }

    [Test]
    public void AnUnknownKindIsMalformed()
    {
        Assert.That(DecodeReply([99]), Is.EqualTo(new Decoded<Reply>.Malformed("the worker answered nonsense (99)")));
        Assert.That(DecodeRequest([11, 0]), Is.EqualTo(new Decoded<Request>.Malformed("an unknown request (11)")));
    }

    [Test]
    public void AnOversizedReplyFieldIsRefusedBeforeItIsRead()
    {
        // Claims 32 MB of output and holds none of it: refused by its length alone.
        var bytes = Encode(writer => { writer.Write((byte)10); writer.Write7BitEncodedInt(32 << 20); });
        Assert.That(DecodeReply(bytes),
            Is.EqualTo(new Decoded<Reply>.Malformed("the answer is too large (32 MB; the limit is 16 MB)")));
    }

    [Test]
    public void ABrokenLengthIsMalformed()
    {
        Assert.That(DecodeReply([10, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]), Is.TypeOf<Decoded<Reply>.Malformed>());
        Assert.That(DecodeRequest(Encode(writer => { writer.Write((byte)1); writer.Write(-5); })),
            Is.EqualTo(new Decoded<Request>.Malformed("a negative length (-5)")));
        var negativeCount = Encode(writer =>
        {
            writer.Write((byte)4);
            writer.Write("M");
            writer.Write("");
            writer.Write(false);
            writer.Write(-1);
        });
        Assert.That(DecodeRequest(negativeCount),
            Is.EqualTo(new Decoded<Request>.Malformed("a negative number of cases (-1)")));
    }
}
