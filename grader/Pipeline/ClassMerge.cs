using Grader.Assignments;
using Grader.Report;

namespace Grader.Pipeline;

/// <summary>A class rebuilt from stored results, with the keys to store it again.</summary>
public sealed record StoredClass(ClassReport Report, ResultKeys Keys);

/// <summary>
/// Classes rebuilt from graded output folders alone (the shards of `grade --shard`, or one folder for `scores`): each
/// folder's results.json header and its students' result.json files. A wrong input throws ArgumentException.
/// </summary>
public static class ClassMerge
{
    public static IReadOnlyList<StoredClass> Read(IEnumerable<string> folders)
    {
        var classes = new Dictionary<string, (ResultsHeader Header, List<StoredResult> Results)>();
        foreach (var dir in folders)
        {
            if (!Directory.Exists(dir)) throw new ArgumentException($"{dir}: no such folder");
            var nested = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 1 };
            var found = Directory.GetFiles(dir, "results.json", nested);
            if (found.Length == 0)
                throw new ArgumentException($"{dir}: no results.json (is it the output folder of `grade --shard`?)");
            foreach (var results in found)
            {
                var header = JsonWriter.ReadHeader(results);
                var id = header.Assignment;
                // Ids become folder names under -o: one that is not a safe name could climb out of it.
                if (!SafeName.IsSafe(id))
                    throw new ArgumentException(
                        $"{results}: the assignment id {Quoted(id)} is not a safe folder name");
                if (!classes.TryGetValue(id, out var entry)) classes[id] = entry = (header, []);
                else if (entry.Header.GeneratedAt != header.GeneratedAt)
                    throw new ArgumentException(
                        $"{id}: the shards were graded with different timestamps; "
                        + "give every shard the same --timestamp");
                var students = Path.Combine(Path.GetDirectoryName(results)!, "students");
                if (Directory.Exists(students))
                {
                    var cases = new CaseBook(header.Cases);
                    entry.Results.AddRange(Directory.GetDirectories(students).Select(d =>
                        StoredResult.Read(Path.Combine(d, StoredResult.FileName), cases)
                        ?? throw new ArgumentException($"{d}: no readable {StoredResult.FileName}")));
                }
            }
        }
        return classes.Values.Select(c => Combine(c.Header, c.Results))
                      .OrderBy(c => c.Report.AssignmentId, StringComparer.Ordinal).ToList();
    }

    static StoredClass Combine(ResultsHeader header, List<StoredResult> results)
    {
        var id = header.Assignment;
        if (results.FirstOrDefault(r => !SafeName.IsSafe(r.Report.Student)) is { } unsafeId)
            throw new ArgumentException(
                $"{id}: the student id {Quoted(unsafeId.Report.Student)} is not a safe folder name");
        if (results.Select(r => r.Assignment).Distinct().Count() > 1)
            throw new ArgumentException($"{id}: the shards graded different versions of the assignment");
        var twice = results.GroupBy(r => r.Report.Student).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new ArgumentException($"{id}: student '{twice.Key}' appears in two shards");
        var students = results.Select(r => r.Report).OrderBy(s => s.Student, StringComparer.Ordinal).ToList();
        var report = new ClassReport(id, header.Title, header.GeneratedAt, header.Questions, students)
        {
            ListsHiddenCases = header.ListsHiddenCases,
        };
        return new(report, ResultKeys.Of(results));
    }

    // An id as a JSON string: quotes and control characters in it are shown escaped.
    static string Quoted(string id) => Newtonsoft.Json.JsonConvert.ToString(id);
}
