namespace Grader.Scaffold;

/// <summary>Real files of this folder tree, embedded in the staff tool as resources (see Grader.csproj), which the
/// tool writes out with "{{key}}" tokens filled in: the scaffold of `new`, the files of `pack`.</summary>
public static class EmbeddedFiles
{
    /// <summary>Every file under <paramref name="prefix"/>, as (path relative to it, text with the tokens replaced).
    /// </summary>
    public static IEnumerable<(string Path, string Text)> Under(string prefix,
                                                               IReadOnlyDictionary<string, string> tokens)
    {
        var assembly = typeof(EmbeddedFiles).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal));
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var text = reader.ReadToEnd();
            foreach (var (key, value) in tokens) text = text.Replace("{{" + key + "}}", value);
            yield return (name[prefix.Length..], text);
        }
    }

    /// <summary>A script (it starts with "#!") is written executable: the platforms run it by name.</summary>
    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        if (text.StartsWith("#!", StringComparison.Ordinal) && !OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute
                                       | UnixFileMode.OtherExecute);
    }
}
