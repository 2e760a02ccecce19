using System.Text;

namespace Grader.Pipeline;

/// <summary>
/// One student's work: `id.csx`, or a folder `id/` whose .csx files are joined in name order with #line directives,
/// so every message still names the student's own file and line.
/// </summary>
public sealed record Submission(string Id, string Source, string FileName, string Path)
{
    public static IReadOnlyList<Submission> Discover(string directory) =>
        Directory.EnumerateFileSystemEntries(directory)
                 .Where(p => Directory.Exists(p) || p.EndsWith(".csx", StringComparison.OrdinalIgnoreCase))
                 .Order(StringComparer.Ordinal)
                 .Select(FromPath).OfType<Submission>().ToList();

    public static Submission? FromPath(string path)
    {
        if (File.Exists(path))
            return new Submission(System.IO.Path.GetFileNameWithoutExtension(path), ReadText(path), System.IO.Path.GetFileName(path), path);
        var files = Directory.GetFiles(path, "*.csx").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) return new Submission(System.IO.Path.GetFileName(path), "", "(no .csx file)", path);
        if (files.Count == 1) return new Submission(System.IO.Path.GetFileName(path), ReadText(files[0]), System.IO.Path.GetFileName(files[0]), path);
        var joined = new StringBuilder();
        foreach (var file in files)
            joined.Append($"#line 1 \"{System.IO.Path.GetFileName(file)}\"\n").Append(ReadText(file)).Append('\n');
        var folder = System.IO.Path.GetFileName(path);
        return new Submission(folder, joined.ToString(), $"{folder}/", path);
    }

    static string ReadText(string path) => File.ReadAllText(path, Encoding.UTF8);
}
