using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Grader.Compile;

/// <summary>
/// Several script files compiled as one: each starts with the grader's own `#line 1 "file"`, so every message names
/// its file and line. JoinLines are the lines those directives sit on, the only #line the compiler lets stand (see
/// LineDirectives). A file's name must hold no quote or control character: the directive has no escapes.
/// </summary>
public sealed record JoinedScript(string Text, IReadOnlySet<int> JoinLines)
{
    public static JoinedScript Of(IEnumerable<(string File, string Text)> files, string head = "")
    {
        var (joined, joinLines) = (new StringBuilder(head), new HashSet<int>());
        foreach (var (file, text) in files)
        {
            // Roslyn's line breaks (CR LF, CR, LF and the Unicode ones): the line counted is the line the parser sees.
            joinLines.Add(SourceText.From(joined.ToString()).Lines.Count - 1);
            joined.Append($"#line 1 \"{file}\"\n").Append(text).Append('\n');
        }
        return new(joined.ToString(), joinLines);
    }
}
