using Grader.Assignments;
using Grader.Scaffold;

namespace Grader.Pack;

/// <summary>
/// The student's copy of an assignment, ready to be their repository: the statement, the template (also as
/// solution.csx, the file they fill in), the public cases, a student assignment.json, the checker's tool manifest and a
/// CI workflow that checks every push. Nothing of it can compute or reveal a hidden case: no hidden.json, no examples,
/// no solution or mistake scripts, no seeds, no reference names.
/// </summary>
public static class StudentCopy
{
    public const string AssignmentFolder = "assignment", SolutionFile = "solution.csx", ToolsFolder = ".tools";

    /// <summary>The spec a student may hold: mistakes keep their id and message (the checker names them from what
    /// public.json records); no question names its answer key or specifies a case.</summary>
    public static AssignmentSpec Spec(AssignmentSpec staff) => staff with
    {
        StudentCopy = true,
        Questions = [.. staff.Questions.Select(q => q with
        {
            Reference = null,
            Cases = [],
            Random = [],
            Mistakes = [.. q.Mistakes.Select(m => m with { Reference = "" })],
        })],
    };

    public static void Write(Assignment staff, string folder, ToolPackages tools)
    {
        var assignment = Path.Combine(folder, AssignmentFolder);
        Directory.CreateDirectory(Path.Combine(assignment, "cases"));
        File.WriteAllText(Path.Combine(assignment, AssignmentLoader.SpecFile), Json.Write(Spec(staff.Spec)));
        File.Copy(AssignmentLoader.PublicCasesPath(staff.Directory), AssignmentLoader.PublicCasesPath(assignment));
        var shown = new[] { "README.md", "template.csx" }.Where(f => File.Exists(Path.Combine(staff.Directory, f)));
        foreach (var file in shown)
            File.Copy(Path.Combine(staff.Directory, file), Path.Combine(assignment, file));
        if (File.Exists(staff.TemplatePath)) File.Copy(staff.TemplatePath, Path.Combine(folder, SolutionFile));
        var tokens = new Dictionary<string, string> { ["title"] = staff.Spec.Title, ["version"] = tools.Version };
        foreach (var (path, text) in EmbeddedFiles.Under("Pack/student/", tokens))
        {
            // Without the checker's package beside it, restore uses the student's own feeds.
            if (path == "nuget.config" && tools.Checker.Count == 0) continue;
            EmbeddedFiles.Write(Path.Combine(folder, path), text);
        }
        foreach (var package in tools.Checker)
        {
            Directory.CreateDirectory(Path.Combine(folder, ToolsFolder));
            File.Copy(package, Path.Combine(folder, ToolsFolder, Path.GetFileName(package)));
        }
    }
}
