using System.IO.Compression;
using Grader.Assignments;
using Grader.Scaffold;

namespace Grader.Pack;

/// <summary>
/// What a course platform grades with, on its own side (never sent to students): the assignment's grading files,
/// hidden cases included, the staff tool's package and the platform's scripts, which run `autograde`.
/// </summary>
public static class PlatformBundles
{
    /// <summary>What `autograde` reads of an assignment (no examples, solution or mistake scripts).</summary>
    static readonly string[] GradingFiles = [AssignmentLoader.SpecFile, "README.md", "template.csx",
                                             "cases/public.json", "cases/hidden.json"];

    static IEnumerable<(string Path, string Source)> Contents(Assignment staff, ToolPackages tools) =>
        GradingFiles.Where(f => File.Exists(Path.Combine(staff.Directory, f)))
                    .Select(f => ($"assignment/{f}", Path.Combine(staff.Directory, f)))
                    .Concat(tools.Staff.Select(nupkg => ($"tools/{Path.GetFileName(nupkg)}", nupkg)));

    static Dictionary<string, string> Tokens(Assignment staff, ToolPackages tools) =>
        new() { ["id"] = staff.Id, ["version"] = tools.Version };

    /// <summary>Gradescope's autograder zip: setup.sh and run_autograder at its root (Gradescope unzips it into
    /// /autograder/source), executable.</summary>
    public static void WriteGradescope(Assignment staff, string zipPath, ToolPackages tools)
    {
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        foreach (var (path, text) in EmbeddedFiles.Under("Pack/gradescope/", Tokens(staff, tools)))
        {
            var entry = zip.CreateEntry(path);
            entry.ExternalAttributes = Convert.ToInt32("100755", 8) << 16;
            using var writer = new StreamWriter(entry.Open());
            writer.Write(text);
        }
        foreach (var (path, source) in Contents(staff, tools)) zip.CreateEntryFromFile(source, path);
        // The setup script's package source must exist even when no package was bundled.
        zip.CreateEntry("tools/");
    }

    /// <summary>PrairieLearn: serverFilesCourse/&lt;id&gt;/ (run.sh, assignment, tools) and the question's
    /// externalGradingOptions to put in its info.json.</summary>
    public static void WritePrairieLearn(Assignment staff, string folder, ToolPackages tools)
    {
        var course = Path.Combine(folder, "serverFilesCourse", staff.Id);
        Directory.CreateDirectory(Path.Combine(course, "tools"));
        foreach (var (path, text) in EmbeddedFiles.Under("Pack/prairielearn/", Tokens(staff, tools)))
        {
            var where = path.EndsWith(".sh", StringComparison.Ordinal) ? course : folder;
            EmbeddedFiles.Write(Path.Combine(where, path), text);
        }
        foreach (var (path, source) in Contents(staff, tools))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(course, path))!);
            File.Copy(source, Path.Combine(course, path));
        }
    }
}
