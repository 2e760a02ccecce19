namespace Grader.Cli;

/// <summary>Where the bundled assignments and the default report folder are: the nearest folder up from here holding assignments/.</summary>
public static class Paths
{
    public static string Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "assignments"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }

    public static IReadOnlyList<string> BundledAssignments() =>
        Directory.GetDirectories(Path.Combine(Root(), "assignments")).Where(d => File.Exists(Path.Combine(d, "assignment.json"))).Order(StringComparer.Ordinal).ToList();

    public static string DefaultReports => Path.Combine(Root(), "reports");
}
