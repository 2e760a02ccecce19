using System.Text;
using Grader.Compile;

namespace Grader.Pipeline;

/// <summary>
/// One student's work: `id.csx`, or a folder `id/` whose .csx files are joined in name order with #line directives,
/// so every message still names the student's own file and line. Name is the entry as it is called in the submissions
/// folder (the reports show it); Id is its safe, distinct form (see <see cref="StudentIds"/>). Only regular files of
/// the submission's own are read: a submission that is or holds a link, FIFO, socket, device, sub-folder or hard link
/// is Refused with the reason, and nothing of it is read.
/// </summary>
public sealed record Submission(string Id, string Name, string Source, string FileName, string Path,
                                string? Refused = null)
{
    /// <summary>The lines of <see cref="Source"/> that hold the grader's own joining #line directives.</summary>
    public IReadOnlySet<int> JoinLines { get; init; } = new HashSet<int>();

    /// <summary>
    /// The largest handed-in file (trained weights) that is read; the scripts' limit is the compiler's.
    /// </summary>
    public const long MaxHandedInBytes = 64 << 20;

    /// <summary>
    /// Every submission in a folder, but the entry named <paramref name="skip"/> (the report folder).
    /// </summary>
    public static IReadOnlyList<Submission> Discover(string directory, string? skip = null)
    {
        using var folder = OpenFolder.Open(directory)
                           ?? throw new DirectoryNotFoundException($"{directory}: no such folder");
        var entries = folder.Names().Where(n => n != skip).Select(n => (Name: n, Status: folder.Status(n)))
                            .Where(e => IsSubmission(directory, e.Name, e.Status)).ToList();
        var ids = StudentIds.Assign(entries.Select(e => IdName(e.Name, e.Status)).ToList());
        return entries.Select((e, i) => Read(folder, directory, e.Name, e.Status, ids[i])).ToList();
    }

    /// <summary>The submission at a path (a student's `check`), or null when nothing is there.</summary>
    public static Submission? FromPath(string path)
    {
        var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path));
        var (parent, name) = (System.IO.Path.GetDirectoryName(full) ?? full, System.IO.Path.GetFileName(full));
        using var folder = OpenFolder.Open(parent);
        var status = folder?.Status(name);
        if (folder is null || status is null or { Kind: EntryKind.Absent }) return null;
        return Read(folder, parent, name, status, StudentIds.Of(IdName(name, status)));
    }

    /// <summary>
    /// A file the assignment asks to be handed in beside the script, read from the submission's own folder.
    /// </summary>
    public FileRead HandedIn(string file)
    {
        if (Refused is not null) return new FileRefused(Refused);
        var (parent, name) = (System.IO.Path.GetDirectoryName(Path)!, System.IO.Path.GetFileName(Path));
        using var root = OpenFolder.Open(parent);
        using var own = root?.Status(name).Kind == EntryKind.Folder ? root.Folder(name) : null;
        return own?.Read(file, MaxHandedInBytes) ?? new FileRefused($"hand in a folder holding your script and {file}");
    }

    static bool IsScript(string name) => name.EndsWith(".csx", StringComparison.OrdinalIgnoreCase);

    // Scripts and folders are submissions; so is a link to a folder (refused, never listed). Other files are ignored.
    static bool IsSubmission(string directory, string name, EntryStatus status) =>
        IsScript(name) ? status.Kind != EntryKind.Absent
            : status.Kind == EntryKind.Folder
              || status.Kind == EntryKind.Link && Directory.Exists(System.IO.Path.Combine(directory, name));

    static string IdName(string name, EntryStatus status) =>
        status.Kind != EntryKind.Folder && IsScript(name) ? name[..^4] : name;

    static Submission Read(OpenFolder parent, string directory, string name, EntryStatus status, string id)
    {
        var path = System.IO.Path.Combine(directory, name);
        if (status.Kind != EntryKind.Folder)
            return parent.Read(name, SourceLimits.MaxBytes).Match(
                bytes: file => new Submission(id, name, Text(file.Bytes), name, path),
                refused: refused => Refuse(id, name, path, refused.Reason),
                absent: _ => Refuse(id, name, path, $"{name} could not be read"));
        using var folder = parent.Folder(name);
        if (folder is null) return Refuse(id, name + "/", path, $"{name} could not be opened as a folder of your own");
        var names = folder.Names();
        var refusal = names
            .Select(n => OpenFolder.Refusal(n, folder.Status(n), IsScript(n) ? SourceLimits.MaxBytes : long.MaxValue)
                         ?? NameRefusal(n))
            .FirstOrDefault(r => r is not null);
        if (refusal is not null) return Refuse(id, name + "/", path, $"{name}/{refusal.Reason}");
        var scripts = names.Where(IsScript).Select(n => (Name: n, Read: folder.Read(n, SourceLimits.MaxBytes)))
                           .ToList();
        if (scripts.Select(s => s.Read).OfType<FileRefused>().FirstOrDefault() is { } unread)
            return Refuse(id, name + "/", path, $"{name}/{unread.Reason}");
        var texts = scripts.Select(s => (s.Name, Text: s.Read is FileBytes b ? Text(b.Bytes) : "")).ToList();
        if (texts.Count == 0) return new Submission(id, name + "/", "", "(no .csx file)", path);
        if (texts.Count == 1) return new Submission(id, $"{name}/{texts[0].Name}", texts[0].Text, texts[0].Name, path);
        var joined = JoinedScript.Of(texts);
        return new Submission(id, name + "/", joined.Text, $"{name}/", path) { JoinLines = joined.JoinLines };
    }

    // A script's name goes into a #line directive, which has no escapes: a quote or line break would end it early.
    static FileRefused? NameRefusal(string name) =>
        IsScript(name) && name.Any(c => c == '"' || char.IsControl(c))
            ? new($"the script name {name} holds a quote or control character")
            : null;

    static Submission Refuse(string id, string name, string path, string reason) =>
        new(id, name, "", name, path, reason);

    // As File.ReadAllText: UTF-8 unless a byte-order mark says otherwise.
    static string Text(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8,
                                            detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
