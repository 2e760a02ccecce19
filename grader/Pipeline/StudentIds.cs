using System.Security.Cryptography;
using System.Text;
using Grader.Assignments;

namespace Grader.Pipeline;

/// <summary>
/// Student ids from the names in a submissions folder. An id is a report folder's name, so it must be safe (see
/// <see cref="SafeName"/>) and distinct from every other id even where a file system folds names together (case,
/// Unicode normalisation, trailing dots). A name that is already safe and folds with no other stays as it is; any other
/// gets its safe form plus a short hash of the exact name, so names that differ in any byte get different ids. The
/// original name is kept in the reports as the submission's file name.
/// </summary>
public static class StudentIds
{
    /// <summary>The id of a name on its own (one submission checked or graded alone).</summary>
    public static string Of(string name) => SafeName.IsSafe(name) ? name : Marked(name);

    /// <summary>Ids for a whole class, in the order of the names: distinct, ignoring case.</summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<string> names)
    {
        var ids = names.Select(Of).ToList();
        var folded = ids.CountBy(id => id, StringComparer.OrdinalIgnoreCase).Where(c => c.Value > 1).Select(c => c.Key)
                        .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < ids.Count; i++)
        {
            var id = folded.Contains(ids[i]) ? Marked(names[i]) : ids[i];
            // A mark can still equal another student's literal name: count on until it is free.
            var free = id;
            for (int n = 2; !taken.Add(free); n++) free = $"{id}-{n}";
            ids[i] = free;
        }
        return ids;
    }

    static string Marked(string name)
    {
        var safe = string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
        if (safe.Length == 0 || safe[0] == '-') safe = "_" + safe;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
        return $"{safe[..Math.Min(safe.Length, SafeName.MaxLength - 12)]}-{hash}";
    }
}
