using System.Security.Cryptography;
using System.Text;
using Grader.Assignments;
using Grader.Report;
using Newtonsoft.Json;

namespace Grader.Pipeline;

/// <summary>
/// students/&lt;id&gt;/result.json: one finished student's report with the fingerprints of what produced it. `--resume`
/// trusts a result only while the submission and the assignment (spec and cases) are byte for byte the same; `merge`
/// rebuilds a class from the results of several shards.
/// </summary>
public sealed record StoredResult(string Assignment, string Submission, StudentReport Report)
{
    public const string FileName = "result.json";

    public static string Fingerprint(Assignment assignment)
    {
        var files = new[] { AssignmentLoader.SpecFile, "cases/public.json", "cases/hidden.json" }.Select(f => Path.Combine(assignment.Directory, f)).Where(File.Exists);
        return Hash(string.Concat(files.Select(File.ReadAllText)) + (assignment.HasHiddenCases ? "" : "public-only"));
    }

    /// <summary>The script and every file the assignment asks to be handed in beside it (trained weights).</summary>
    public static string Fingerprint(Submission submission, Assignment assignment)
    {
        var handedIn = assignment.Spec.Questions.Where(q => q.Artifact is not null).Select(q => submission.HandedIn(q.Artifact!.File))
            .OfType<FileBytes>().Select(f => Convert.ToHexString(SHA256.HashData(f.Bytes)));
        return Hash(submission.Source + submission.Refused + string.Concat(handedIn));
    }

    static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    public string ToJson() => Json.Write(this);

    /// <summary>The stored result, or null when there is none or it cannot be read (it is then simply graded again).</summary>
    public static StoredResult? Read(string path)
    {
        if (!File.Exists(path)) return null;
        try { return JsonConvert.DeserializeObject<StoredResult>(File.ReadAllText(path), Json.Output); }
        catch (JsonException) { return null; }
    }
}
