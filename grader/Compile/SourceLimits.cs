namespace Grader.Compile;

/// <summary>
/// Checks made before Roslyn sees a file: size, binary content and bracket nesting. Roslyn's parser recurses per
/// nesting level and overflows its stack (killing the grader, since a stack overflow cannot be caught) at about 10,000
/// nested parentheses, so depth is measured on the raw text first.
/// </summary>
public static class SourceLimits
{
    public const int MaxBytes = 512 * 1024;
    public const int MaxNesting = 200;

    /// <returns>Why the file cannot be compiled, or null when it may be.</returns>
    public static string? Problem(string source)
    {
        if (source.Length > MaxBytes)
            return $"the file is too large ({source.Length / 1024} KB; the limit is {MaxBytes / 1024} KB)";
        if (source.Contains('\0')) return "the file is not text (it contains NUL bytes)";
        int depth = 0, deepest = 0;
        foreach (char c in source)
        {
            if (c is '(' or '[' or '{') deepest = Math.Max(deepest, ++depth);
            else if (c is ')' or ']' or '}') depth = Math.Max(0, depth - 1);
        }
        return deepest > MaxNesting ? $"brackets are nested {deepest} deep (the limit is {MaxNesting})" : null;
    }
}
