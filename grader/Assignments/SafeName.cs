namespace Grader.Assignments;

/// <summary>
/// A name that is one path segment and means the same on every file system reports may be copied to: ASCII letters,
/// digits, '-', '_' and inner dots only, not starting with '.' or '-', not ending with '.', at most 64 characters, and
/// not a Windows device name. Assignment, question and student ids, and handed-in file names, are such names.
/// </summary>
public static class SafeName
{
    public const int MaxLength = 64;

    static readonly HashSet<string> Devices = new(
        ["CON", "PRN", "AUX", "NUL", .. Enumerable.Range(0, 10).SelectMany(i => new[] { $"COM{i}", $"LPT{i}" })],
        StringComparer.OrdinalIgnoreCase);

    public static bool IsSafe(string name) =>
        name.Length is > 0 and <= MaxLength && (char.IsAsciiLetterOrDigit(name[0]) || name[0] == '_') && name[^1] != '.'
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
        && !Devices.Contains(name.Split('.')[0]);
}
