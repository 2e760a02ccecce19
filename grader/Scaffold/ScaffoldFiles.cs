namespace Grader.Scaffold;

/// <summary>
/// The starting assignment `new` writes: the files beside this one, embedded in the tool as resources so it needs no
/// repository. "{{id}}" in them becomes the new assignment's id.
/// </summary>
public static class ScaffoldFiles
{
    const string Prefix = "Scaffold/";

    /// <summary>Every scaffold file, as (path relative to the assignment folder, text).</summary>
    public static IEnumerable<(string Path, string Text)> All(string id) =>
        EmbeddedFiles.Under(Prefix, new Dictionary<string, string> { ["id"] = id });

    /// <summary>Writes the scaffold into <paramref name="directory"/>, which must not exist yet.</summary>
    public static void Write(string directory, string id)
    {
        foreach (var (path, text) in All(id)) EmbeddedFiles.Write(Path.Combine(directory, path), text);
    }
}
