namespace Grader.Pack;

/// <summary>
/// The two tools' packages, as `dotnet pack` names them (Grader.&lt;version&gt;.nupkg, Grader.Check.&lt;version&gt;.nupkg), that
/// `pack` puts beside what it writes so a platform or a student installs them with no package feed. Either may be
/// absent (no `--tools`): the scripts then install from the feeds the machine has.
/// </summary>
public sealed record ToolPackages(string? Staff, string? Checker, string Version)
{
    public const string StaffId = "Grader", CheckerId = "Grader.Check";

    /// <summary>The packages in <paramref name="folder"/> (null: none), their version, else this tool's own.</summary>
    public static ToolPackages In(string? folder)
    {
        var files = folder is null ? [] : Directory.GetFiles(folder, "*.nupkg");
        string? Find(string id) => files.Where(f => VersionOf(f, id) is not null).Order(StringComparer.Ordinal).LastOrDefault();
        var (staff, checker) = (Find(StaffId), Find(CheckerId));
        var version = (checker is null ? null : VersionOf(checker, CheckerId))
                      ?? (staff is null ? null : VersionOf(staff, StaffId)) ?? OwnVersion();
        return new ToolPackages(staff, checker, version);
    }

    // "Grader.Check.0.1.0.nupkg" → "0.1.0" for Grader.Check; "Grader.Check.0.1.0.nupkg" is not a Grader package.
    static string? VersionOf(string file, string id)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        if (!name.StartsWith(id + ".", StringComparison.OrdinalIgnoreCase)) return null;
        var version = name[(id.Length + 1)..];
        return version.Length > 0 && char.IsAsciiDigit(version[0]) ? version : null;
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
