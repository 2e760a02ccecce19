using Grader.Assignments;

namespace Grader.Cases;

/// <summary>
/// An assignment's case files (cases/public.json, cases/hidden.json) as the reference computes them today: what
/// `cases` writes and what `verify` compares the committed files with.
/// </summary>
public static class CaseFiles
{
    /// <summary>What <see cref="Build"/> throws for a fault in the assignment's files, not of the grader.</summary>
    public static bool IsAuthoringFault(Exception e) =>
        e is ArgumentException or AuthoringError or FormatException or Newtonsoft.Json.JsonException or IOException;

    public static (CaseFile Public, CaseFile Hidden) Build(string dir)
    {
        var spec = Json.Read<AssignmentSpec>(Path.Combine(dir, AssignmentLoader.SpecFile));
        if (AssignmentLoader.Validate(spec) is { } problem) throw new ArgumentException(problem);
        if (spec.StudentCopy)
            throw new ArgumentException("this is a student copy (made by `grader pack`): it holds no answer key and no "
                                        + "hidden-case seeds, so no case can be generated from it");
        return CaseGenerator.Generate(spec, dir);
    }

    public static void Write(string dir, CaseFile publicCases, CaseFile hiddenCases)
    {
        Directory.CreateDirectory(Path.Combine(dir, "cases"));
        File.WriteAllText(AssignmentLoader.PublicCasesPath(dir), Json.Write(publicCases));
        File.WriteAllText(AssignmentLoader.HiddenCasesPath(dir), Json.Write(hiddenCases));
    }

    /// <summary>Whether the committed files are exactly these (else the answer key has drifted).</summary>
    public static bool AreCommitted(string dir, CaseFile publicCases, CaseFile hiddenCases) =>
        File.ReadAllText(AssignmentLoader.PublicCasesPath(dir)) == Json.Write(publicCases)
        && File.ReadAllText(AssignmentLoader.HiddenCasesPath(dir)) == Json.Write(hiddenCases);
}
