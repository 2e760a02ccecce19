using System.CommandLine;
using Grader.Assignments;
using Grader.Pipeline;
using Grader.Report;
using Newtonsoft.Json.Linq;

namespace Grader.Cli;

/// <summary>
/// `merge shard-out... -o out`: combines the outputs of `grade --shard i/n` runs into exactly the reports one run writes,
/// from the shards' result files alone (a CI job downloads the shards' artifacts; it needs no assignment or submission).
/// </summary>
public sealed class MergeCommand : Command
{
    readonly Argument<string[]> shardsArg = new("shard-dirs") { Arity = ArgumentArity.OneOrMore, Description = "Output folders of the shard runs" };
    readonly Option<string> outOption = new("--out", "-o") { Description = "Where the merged reports go", Required = true };

    public MergeCommand() : base("merge", "Combine the reports of sharded grading runs")
    {
        Add(shardsArg);
        Add(outOption);
        SetAction(Run);
    }

    int Run(ParseResult parse)
    {
        if (Paths.OutputProblem(parse.GetValue(outOption)!) is { } problem) { Status.Error(problem); return 2; }
        try
        {
            foreach (var report in Merge(parse.GetValue(shardsArg)!))
            {
                var reports = new ReportSet(parse.GetValue(outOption)!, report.AssignmentId);
                reports.RemoveStudentsExcept(report.Students.Select(s => s.Student));
                reports.WriteClass(report);
                Console.WriteLine($"{report.AssignmentId}: {report.Students.Count} students merged");
            }
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or Newtonsoft.Json.JsonException)
        {
            Status.Error(e.Message);
            return 2;
        }
    }

    public static IReadOnlyList<ClassReport> Merge(IEnumerable<string> shardDirs)
    {
        var classes = new Dictionary<string, (JObject Header, List<StoredResult> Results)>();
        foreach (var dir in shardDirs)
        {
            if (!Directory.Exists(dir)) throw new ArgumentException($"{dir}: no such folder");
            var found = Directory.GetFiles(dir, "results.json", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 1 });
            if (found.Length == 0) throw new ArgumentException($"{dir}: no results.json (is it the output folder of `grade --shard`?)");
            foreach (var results in found)
            {
                var header = JsonWriter.ReadHeader(results);
                var id = (string?)header["assignment"] ?? "";
                // Ids become folder names under -o: one that is not a safe name could climb out of it.
                if (!SafeName.IsSafe(id)) throw new ArgumentException($"{results}: the assignment id {Newtonsoft.Json.JsonConvert.ToString(id)} is not a safe folder name");
                if (!classes.TryGetValue(id, out var entry)) classes[id] = entry = (header, []);
                else if ((string?)entry.Header["generated_at"] != (string?)header["generated_at"])
                    throw new ArgumentException($"{id}: the shards were graded with different timestamps; give every shard the same --timestamp");
                var students = Path.Combine(Path.GetDirectoryName(results)!, "students");
                if (Directory.Exists(students))
                    entry.Results.AddRange(Directory.GetDirectories(students).Select(d => StoredResult.Read(Path.Combine(d, StoredResult.FileName))
                        ?? throw new ArgumentException($"{d}: no readable {StoredResult.FileName}")));
            }
        }
        return classes.Values.Select(c => Combine(c.Header, c.Results)).OrderBy(c => c.AssignmentId, StringComparer.Ordinal).ToList();
    }

    static ClassReport Combine(JObject header, List<StoredResult> results)
    {
        if (results.FirstOrDefault(r => !SafeName.IsSafe(r.Report.Student)) is { } unsafeId)
            throw new ArgumentException($"{header["assignment"]}: the student id {Newtonsoft.Json.JsonConvert.ToString(unsafeId.Report.Student)} is not a safe folder name");
        if (results.Select(r => r.Assignment).Distinct().Count() > 1)
            throw new ArgumentException($"{header["assignment"]}: the shards graded different versions of the assignment");
        var twice = results.GroupBy(r => r.Report.Student).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new ArgumentException($"{header["assignment"]}: student '{twice.Key}' appears in two shards");
        var questions = header["questions"]!.Select(q => new QuestionHeader((string)q["id"]!, (string)q["title"]!, (double)q["points"]!, (bool)q["manual"]!)).ToList();
        return new ClassReport((string)header["assignment"]!, (string)header["title"]!, (string)header["generated_at"]!, questions,
                               results.Select(r => r.Report).OrderBy(s => s.Student, StringComparer.Ordinal).ToList())
        {
            AssignmentFingerprint = results.FirstOrDefault()?.Assignment ?? "",
            ListsHiddenCases = (bool?)header["lists_hidden_cases"] ?? true,
            Fingerprints = results.ToDictionary(r => r.Report.Student, r => r.Submission),
        };
    }
}
