namespace Grader.Pack;

/// <summary>
/// The two tools' packages as `dotnet pack` names them, which `pack` puts beside what it writes so a platform or a
/// student installs them with no package feed: the staff tool's (Grader.&lt;version&gt;.nupkg and, packed in Release,
/// the per-runtime Grader.linux-x64.&lt;version&gt;.nupkg it points at) and the checker's (Grader.Check.…).
/// Either may be absent (no `--tools`): the scripts then install from the feeds the machine has.
/// </summary>
public sealed record ToolPackages(IReadOnlyList<string> Staff, IReadOnlyList<string> Checker, string Version)
{
    public const string StaffId = "Grader", CheckerId = "Grader.Check";

    /// <summary>The packages in <paramref name="folder"/> (null: none), their version, else this tool's own.</summary>
    public static ToolPackages In(string? folder)
    {
        var files = folder is null ? []
                  : Directory.GetFiles(folder, StaffId + ".*.nupkg").Order(StringComparer.Ordinal).ToList();
        bool IsChecker(string file) => Path.GetFileName(file).StartsWith(CheckerId + ".", StringComparison.Ordinal);
        var checker = files.Where(IsChecker).ToList();
        var version = files.Select(VersionOf).LastOrDefault(v => v is not null) ?? OwnVersion();
        return new ToolPackages(files.Except(checker).ToList(), checker, version);
    }

    // "Grader.Check.linux-x64.0.1.0.nupkg" → "0.1.0": the version is the name from its first part that starts with a
    // digit.
    static string? VersionOf(string file)
    {
        var parts = Path.GetFileNameWithoutExtension(file).Split('.');
        var first = Array.FindIndex(parts, p => p.Length > 0 && char.IsAsciiDigit(p[0]));
        return first < 0 ? null : string.Join('.', parts[first..]);
    }

    // The informational version without the "+commit" the SDK appends.
    static string OwnVersion()
    {
        var attribute = typeof(ToolPackages).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault();
        return attribute?.InformationalVersion.Split('+')[0] ?? "0.1.0";
    }
}
