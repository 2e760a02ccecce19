using System.Text;

namespace Grader.Run;

/// <summary>
/// A TextWriter that keeps the first Limit characters and counts the rest: a print loop cannot flood memory. Locked,
/// because student code may print from a pool thread while the case's own thread prints or the worker reads the text.
/// </summary>
public sealed class BoundedWriter(int limit) : TextWriter
{
    readonly StringBuilder kept = new();
    long dropped;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (kept)
        {
            if (kept.Length < limit) kept.Append(value);
            else dropped++;
        }
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        lock (kept) Append(value);
    }

    void Append(string value)
    {
        int room = Math.Max(0, limit - kept.Length);
        kept.Append(value.AsSpan(0, Math.Min(room, value.Length)));
        dropped += Math.Max(0, value.Length - room);
    }

    public string Text
    {
        get { lock (kept) return dropped == 0 ? kept.ToString() : $"{kept}\n… ({dropped} more characters cut)"; }
    }

    public void Reset()
    {
        lock (kept)
        {
            kept.Clear();
            dropped = 0;
        }
    }
}
