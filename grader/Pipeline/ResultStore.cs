using System.Security.Cryptography;
using System.Text;
using Grader.Assignments;
using Grader.Report;

namespace Grader.Pipeline;

/// <summary>
/// students/&lt;id&gt;/result.json: one finished student's report (the model results.json holds, written by the same
/// serializer) beside the fingerprints of what produced it. `--resume` trusts a result only while the submission and
/// the assignment (spec and cases) are byte for byte the same; `merge` rebuilds a class from the results of shards.
/// </summary>
public sealed record StoredResult(string Assignment, string Submission, StudentReport Report)
{
    public const string FileName = "result.json";

    public string ToJson() => JsonWriter.Write(this);

    public void WriteTo(TextWriter text) => JsonWriter.Write(this, text);

    /// <summary>
    /// The stored result, its cases read against <paramref name="cases"/>; null when there is none or it cannot be read
    /// (it is then graded again).
    /// </summary>
    public static StoredResult? Read(string path, CaseBook cases)
    {
        if (!File.Exists(path)) return null;
        try { return JsonWriter.Read<StoredResult>(File.ReadAllText(path), cases); }
        catch (Newtonsoft.Json.JsonException) { return null; }
    }
}

/// <summary>
/// The fingerprints a class's results are stored with: the assignment's, and each student's submission's.
/// </summary>
public sealed record ResultKeys(string Assignment, IReadOnlyDictionary<string, string> Submissions)
{
    public static ResultKeys Of(Assignment assignment, IEnumerable<Submission> submissions) =>
        new(Fingerprint(assignment), submissions.ToDictionary(s => s.Id, s => Fingerprint(s, assignment)));

    /// <summary>The keys of results already stored (what `merge` and `scores` carry over).</summary>
    public static ResultKeys Of(IReadOnlyList<StoredResult> results) =>
        new(results.FirstOrDefault()?.Assignment ?? "", results.ToDictionary(r => r.Report.Student, r => r.Submission));

    /// <summary>The student's result with its keys, or null for a student these keys do not cover.</summary>
    public StoredResult? Store(StudentReport student) =>
        Submissions.TryGetValue(student.Student, out var submission) ? new(Assignment, submission, student) : null;

    /// <summary>Whether a stored result came from the same submission and assignment as these keys.</summary>
    public bool Match(StoredResult result) =>
        result.Assignment == Assignment && Submissions.GetValueOrDefault(result.Report.Student) == result.Submission;

    public static string Fingerprint(Assignment assignment)
    {
        var files = new[] { AssignmentLoader.SpecFile, "cases/public.json", "cases/hidden.json" }
            .Select(f => Path.Combine(assignment.Directory, f)).Where(File.Exists);
        return Hash(string.Concat(files.Select(File.ReadAllText)) + (assignment.HasHiddenCases ? "" : "public-only"));
    }

    /// <summary>The script and every file the assignment asks to be handed in beside it (trained weights).</summary>
    public static string Fingerprint(Submission submission, Assignment assignment)
    {
        var handedIn = assignment.Spec.Questions.Where(q => q.Artifact is not null)
            .Select(q => submission.HandedIn(q.Artifact!.File))
            .OfType<FileBytes>().Select(f => Convert.ToHexString(SHA256.HashData(f.Bytes)));
        return Hash(submission.Source + submission.Refused + string.Concat(handedIn));
    }

    static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
