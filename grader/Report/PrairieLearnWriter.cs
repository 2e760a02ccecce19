using Grader.Check;
using Newtonsoft.Json.Linq;

namespace Grader.Report;

/// <summary>
/// PrairieLearn's external-grader results.json (docs: "External Grading", grading results): score in 0..1, gradable,
/// a message and output, and a test per case with name, description (the question), points, max_points, message
/// and output. A submission of which nothing could run for its own fault (it does not compile) is not gradable: the
/// student keeps the attempt, and the compile errors are its format_errors.
/// </summary>
public static class PrairieLearnWriter
{
    public static string Results(ClassReport report, StudentReport student)
    {
        var tests = PlatformCase.Of(student, report.ListsHiddenCases);
        bool gradable = student.CompileErrors.Count == 0 || tests.Any(t => t.Case.Verdict != VerdictKind.NotRun);
        var results = new JObject
        {
            ["gradable"] = gradable,
            ["score"] = student.MaxScore > 0 ? Math.Clamp(student.Score / student.MaxScore, 0, 1) : 0,
            ["message"] = PlatformCase.Summary(report, student).Split('\n')[0],
            ["output"] = PlatformCase.Summary(report, student),
            ["tests"] = new JArray(tests.Select(t => new JObject
            {
                ["name"] = t.Name,
                ["description"] = t.Question,
                ["points"] = t.Case.Score,
                ["max_points"] = t.Case.MaxScore,
                ["message"] = t.Case.Verdict.Label(),
                ["output"] = t.Text,
            })),
        };
        if (!gradable) results["format_errors"] = new JArray(student.CompileErrors);
        return JsonWriter.Text(results);
    }
}
