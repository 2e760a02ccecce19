using Grader.Pipeline;

namespace Grader.Cli;

/// <summary>
/// Where the bundled assignments and the default report folder are: the nearest folder up from here holding
/// assignments/.
/// </summary>
public static class Paths
{
    public static string Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "assignments"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }

    /// <summary>The bundled assignments for a verb given none, or null after one line saying what it needs: outside the
    /// repository (an installed tool) there are none.</summary>
    public static IReadOnlyList<string>? Bundled(Terminal console, string need)
    {
        if (Directory.Exists(Path.Combine(Root(), "assignments"))) return BundledAssignments();
        console.Fail($"no assignments/ folder here or above (the grader's repository): {need}");
        return null;
    }

    /// <summary>The assignment folders a verb was given, else the bundled ones (null as in <see cref="Bundled"/>).
    /// </summary>
    public static IReadOnlyList<string>? GivenOrBundled(string[]? given, Terminal console, string need) =>
        given is { Length: > 0 } ? given : Bundled(console, need);

    public static IReadOnlyList<string> BundledAssignments() =>
        Directory.GetDirectories(Path.Combine(Root(), "assignments"))
                 .Where(d => File.Exists(Path.Combine(d, "assignment.json")))
                 .Order(StringComparer.Ordinal).ToList();

    public static string DefaultReports => Path.Combine(Root(), "reports");

    /// <summary>
    /// Why reports cannot be written under <paramref name="output"/>, or null when they can (it is then created).
    /// </summary>
    public static string? OutputProblem(string output)
    {
        if (File.Exists(output)) return $"{output} is a file; -o takes a folder for the reports";
        try
        {
            Directory.CreateDirectory(output);
            // Creating the folder proves little (it may exist read-only): a file is written and removed.
            var probe = Path.Combine(output, $".grader-probe-{Environment.ProcessId}.tmp");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{output} cannot be written to: {e.Message}";
        }
    }

    /// <summary>The entry of <paramref name="folder"/> that is or holds <paramref name="inner"/> ("." when it is the
    /// folder itself), or null when it lies outside.</summary>
    public static string? EntryHolding(string folder, string inner)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(inner));
        if (relative == ".") return relative;
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar) || Path.IsPathRooted(relative))
            return null;
        return relative.Split(Path.DirectorySeparatorChar)[0];
    }
}
