using System.Text;
using Grader.Compile;

namespace Grader.Run.Wire;

/// <summary>
/// The parent ↔ worker wire format over the worker's stdin/stdout, the one place that knows it: a kind byte, then
/// BinaryWriter fields (strings length-prefixed, so no text a student controls can end a message early).
/// Load: image length and bytes, script class → Loaded(output) | Threw | MemoryExceeded.
/// CallMany: method, parameter types as "a|b", a flag to report changed arguments, a count, then per case its number,
/// a flag and, when the flag is true, its JSON argument list → one reply per case, in order, each flushed as soon as
/// it is ready (so every case keeps its own time limit while the parent judges the one before): Returned(value JSON,
/// output, changed positions as "0,2") | Threw(type, message, script frames as "token:offset;…", output) |
/// StackOverflow | MemoryExceeded(freed). After a MemoryExceeded case the rest of its CallMany is dropped unanswered.
/// Quiesce → Idle | Dirty (and the worker exits). A new worker first says Ready.
/// </summary>
public static class WireCodec
{
    const byte LoadKind = 1, QuiesceKind = 3, CallManyKind = 4;
    const byte ReadyKind = 9, LoadedKind = 10, ReturnedKind = 11, ThrewKind = 12, MemoryExceededKind = 13,
        StackOverflowKind = 14, DirtyKind = 15, IdleKind = 16;

    /// <summary>A reply field larger than this is refused: one submission must not exhaust our memory.</summary>
    public const int MaxReplyField = 16 << 20;

    public static void Write(BinaryWriter output, Request request) => request.Match<Action>(
        load: m => () =>
        {
            output.Write(LoadKind);
            output.Write(m.Image.Length);
            output.Write(m.Image);
            output.Write(m.ScriptClass);
        },
        callMany: m => () =>
        {
            output.Write(CallManyKind);
            output.Write(m.Method);
            output.Write(string.Join("|", m.ParameterTypes));
            output.Write(m.ReportModified);
            output.Write(m.Cases.Count);
            foreach (var call in m.Cases)
            {
                output.Write(call.Number);
                output.Write(call.ArgumentsJson is not null);
                if (call.ArgumentsJson is not null) output.Write(call.ArgumentsJson);
            }
        },
        quiesce: _ => () => output.Write(QuiesceKind))();

    public static void Write(BinaryWriter output, Reply reply) => reply.Match<Action>(
        ready: _ => () => output.Write(ReadyKind),
        loaded: m => () => Fields(output, LoadedKind, m.Output),
        returned: m => () => Fields(output, ReturnedKind, m.ValueJson, m.Output, string.Join(",", m.Modified)),
        threw: m => () => Fields(output, ThrewKind, m.ExceptionType, m.Message,
            string.Join(";", m.Frames.Select(f => $"{f.MethodToken}:{f.IlOffset}")), m.Output),
        memoryExceeded: m => () =>
        {
            output.Write(MemoryExceededKind);
            output.Write(m.Freed);
        },
        stackOverflow: _ => () => output.Write(StackOverflowKind),
        idle: _ => () => output.Write(IdleKind),
        dirty: _ => () => output.Write(DirtyKind))();

    static void Fields(BinaryWriter output, byte kind, params string[] fields)
    {
        output.Write(kind);
        foreach (var field in fields) output.Write(field);
    }

    // The parent is trusted to send what its own cases hold: no size limit on a request.
    public static Decoded<Request> ReadRequest(BinaryReader input) =>
        Read<Request>(input, int.MaxValue, (kind, fields) => kind switch
    {
        LoadKind => new Request.Load(fields.Bytes(fields.Int()), fields.Text()),
        CallManyKind => new Request.CallMany(fields.Text(),
            fields.Text().Split('|', StringSplitOptions.RemoveEmptyEntries), fields.Flag(), Calls(fields)),
        QuiesceKind => new Request.Quiesce(),
        _ => throw new InvalidDataException($"an unknown request ({kind})"),
    });

    static List<CaseCall> Calls(FieldReader fields)
    {
        int count = fields.Int();
        if (count < 0) throw new InvalidDataException($"a negative number of cases ({count})");
        var calls = new List<CaseCall>();
        for (int i = 0; i < count; i++) calls.Add(new CaseCall(fields.Int(), fields.Flag() ? fields.Text() : null));
        return calls;
    }

    public static Decoded<Reply> ReadReply(BinaryReader input) =>
        Read<Reply>(input, MaxReplyField, (kind, fields) => kind switch
    {
        ReadyKind => new Reply.Ready(),
        LoadedKind => new Reply.Loaded(fields.Text()),
        ReturnedKind => new Reply.Returned(fields.Text(), fields.Text(), Positions(fields.Text())),
        ThrewKind => new Reply.Threw(fields.Text(), fields.Text(), Frames(fields.Text()), fields.Text()),
        MemoryExceededKind => new Reply.MemoryExceeded(fields.Flag()),
        StackOverflowKind => new Reply.StackOverflow(),
        DirtyKind => new Reply.Dirty(),
        IdleKind => new Reply.Idle(),
        _ => throw new InvalidDataException($"the worker answered nonsense ({kind})"),
    });

    // Exceptions stay in here: a stream that ends or holds nonsense is a value for the caller, not a throw.
    static Decoded<T> Read<T>(BinaryReader input, int maxField, Func<byte, FieldReader, T> message)
    {
        byte kind;
        try { kind = input.ReadByte(); }
        catch (Exception e) when (Gone(e)) { return new Decoded<T>.Ended(); }
        try { return new Decoded<T>.Message(message(kind, new FieldReader(input, maxField))); }
        catch (Exception e) when (Gone(e)) { return new Decoded<T>.Truncated(); }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            return new Decoded<T>.Malformed(e.Message);
        }
    }

    // The other side closed its end, or was killed (a time limit), or the stream was already disposed.
    static bool Gone(Exception e) => e is EndOfStreamException or IOException or ObjectDisposedException;

    // "0,2", the positions of changed arguments; read leniently, as they carry no student text.
    static List<int> Positions(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.TryParse(p, out var i) ? i : -1).Where(i => i >= 0).ToList();

    // "token:offset;…", a stack's frames in the script; a frame that is not two numbers is left out.
    static List<CodeOffset> Frames(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(frame => frame.Split(':'))
            .Where(parts => parts.Length == 2 && int.TryParse(parts[0], out _) && int.TryParse(parts[1], out _))
            .Select(parts => new CodeOffset(int.Parse(parts[0]), int.Parse(parts[1]))).ToList();

    // BinaryReader's fields, with every length checked before anything is allocated and every short read an end.
    sealed class FieldReader(BinaryReader input, int maxField)
    {
        public int Int() => input.ReadInt32();
        public bool Flag() => input.ReadBoolean();
        public string Text() => Encoding.UTF8.GetString(Bytes(input.Read7BitEncodedInt()));

        public byte[] Bytes(int length)
        {
            if (length < 0) throw new InvalidDataException($"a negative length ({length})");
            if (length > maxField)
                throw new InvalidDataException(
                    $"the answer is too large ({length / 1048576} MB; the limit is {maxField >> 20} MB)");
            var bytes = input.ReadBytes(length);
            return bytes.Length == length ? bytes : throw new EndOfStreamException();
        }
    }
}
