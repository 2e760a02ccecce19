namespace Grader.Scaffold;

/// <summary>
/// The starting assignment `new` writes: the files beside this one, embedded in the tool as resources so it needs no
/// repository. "{{id}}" in them becomes the new assignment's id.
/// </summary>
public static class ScaffoldFiles
{
    const string Prefix = "Scaffold/";
    public const string IdToken = "{{id}}";

    /// <summary>Every scaffold file, as (path relative to the assignment folder, text).</summary>
    public static IEnumerable<(string Path, string Text)> All(string id)
    {
        var assembly = typeof(ScaffoldFiles).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal));
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return (name[Prefix.Length..], reader.ReadToEnd().Replace(IdToken, id));
        }
    }

    /// <summary>Writes the scaffold into <paramref name="directory"/>, which must not exist yet.</summary>
    public static void Write(string directory, string id)
    {
        foreach (var (path, text) in All(id))
        {
            var target = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
    }
}
