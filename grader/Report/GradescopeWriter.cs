using Newtonsoft.Json.Linq;

namespace Grader.Report;

/// <summary>
/// Gradescope's autograder results.json (gradescope-autograders.readthedocs.io, "Autograder Specifications"): the
/// score, the run's execution time in seconds, an output for the whole submission, and a test per case with score,
/// max_score, status (passed/failed), name, number, output and visibility: public cases "visible", hidden ones as the
/// assignment says (hiddenCaseVisibility, default "after_published"). Every text is declared "text", so Gradescope
/// renders none of it as HTML or Markdown (its default for the top-level output is HTML).
/// </summary>
public static class GradescopeWriter
{
    public static string Results(ClassReport report, StudentReport student, string hiddenVisibility,
                                 double executionSeconds) =>
        JsonWriter.Text(new JObject
        {
            ["score"] = student.Score,
            ["execution_time"] = (int)Math.Ceiling(executionSeconds),
            ["output"] = PlatformCase.Summary(report, student),
            ["output_format"] = "text",
            ["tests"] = new JArray(PlatformCase.Of(student).Select(t => new JObject
            {
                ["score"] = t.Case.Score,
                ["max_score"] = t.Case.MaxScore,
                ["status"] = t.Passed ? "passed" : "failed",
                ["name"] = t.Name,
                ["name_format"] = "text",
                ["number"] = t.Number,
                ["output"] = t.Text,
                ["output_format"] = "text",
                ["visibility"] = t.Case.Public ? "visible" : hiddenVisibility,
            })),
        });
}
