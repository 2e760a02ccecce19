using System.Security.Cryptography;
using System.Text;

namespace Grader.Pipeline;

/// <summary>
/// `--shard i/n`: a deterministic slice of a class. A submission's shard depends only on its own id (a hash), so adding
/// a late submission never moves anybody else to another shard.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    public static readonly Shard Whole = new(1, 1);

    public static Shard? Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && int.TryParse(parts[0], out var i) && int.TryParse(parts[1], out var n)
               && n >= 1 && i >= 1 && i <= n ? new Shard(i, n) : null;
    }

    public bool Contains(string id) =>
        Count == 1
        || BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(id))) % (uint)Count == (uint)(Index - 1);

    public override string ToString() => $"{Index}/{Count}";
}
