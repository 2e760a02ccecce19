using System.Globalization;
using System.Text.RegularExpressions;

namespace Grader.Report;

/// <summary>
/// A compile message read back into its parts, as ScriptCompiler.Format writes it: "[file, ]line 3, column 5: error
/// GR0001: reason". File is set when the submission has several files; Line and Column when the message has a place.
/// </summary>
public sealed partial record CompileMessage(string? File, int? Line, int? Column, string Id, string Text)
{
    public static CompileMessage? Parse(string message)
    {
        var m = Format().Match(message);
        if (!m.Success) return null;
        string? Text(string group) => m.Groups[group].Success ? m.Groups[group].Value : null;
        int? Number(string group) => Text(group) is { } digits ? int.Parse(digits, CultureInfo.InvariantCulture) : null;
        return new(Text("file"), Number("line"), Number("column"), m.Groups["id"].Value, m.Groups["reason"].Value);
    }

    // The file is matched greedily: a file named like a message ("x, line 1, column 1: error CS0001: …") stays a
    // file name.
    [GeneratedRegex(@"^(?:(?:(?<file>.+), )?line (?<line>\d+), column (?<column>\d+): )?"
                    + @"error (?<id>[A-Z]+\d+): (?<reason>.*)$", RegexOptions.Singleline)]
    private static partial Regex Format();
}
