using System.Text;

namespace Grader.Run;

/// <summary>A TextWriter that keeps the first Limit characters and counts the rest: a print loop cannot flood memory.</summary>
public sealed class BoundedWriter(int limit) : TextWriter
{
    readonly StringBuilder kept = new();
    long dropped;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (kept.Length < limit) kept.Append(value);
        else dropped++;
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        int room = Math.Max(0, limit - kept.Length);
        kept.Append(value.AsSpan(0, Math.Min(room, value.Length)));
        dropped += Math.Max(0, value.Length - room);
    }

    public string Text => dropped == 0 ? kept.ToString() : $"{kept}\n… ({dropped} more characters cut)";

    public void Reset()
    {
        kept.Clear();
        dropped = 0;
    }
}
