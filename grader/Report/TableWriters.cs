using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Grader.Report;

/// <summary>grades.csv, one row per student, for gradebooks: auto-graded question scores; manual ones left blank for the TA.</summary>
public static class CsvWriter
{
    public static string Grades(ClassReport report)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(",", new[] { "student", "score", "max_score" }.Concat(report.Questions.Select(q => Escape(q.Id)))));
        foreach (var s in report.Students)
            csv.AppendLine(string.Join(",", new[] { Escape(s.Student), Number(s.Score), Number(s.MaxScore) }.Concat(s.Questions.Select(q => q.Score is { } v ? Number(v) : ""))));
        return csv.ToString();
    }

    static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 || field.StartsWith('=') ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
}

/// <summary>results.json: every student, question and case with score, max_score, verdict and message.</summary>
public static class JsonWriter
{
    public static string Results(ClassReport report) => Write(new JObject
    {
        ["assignment"] = report.AssignmentId,
        ["title"] = report.Title,
        ["generated_at"] = report.GeneratedAt,
        ["max_score"] = report.MaxScore,
        ["questions"] = new JArray(report.Questions.Select(q => new JObject { ["id"] = q.Id, ["title"] = q.Title, ["points"] = q.Points, ["manual"] = q.Manual })),
        ["students"] = new JArray(report.Students.Select(Student)),
    });

    public static JObject Student(StudentReport s) => new()
    {
        ["student"] = s.Student,
        ["source"] = s.Source,
        ["score"] = s.Score,
        ["max_score"] = s.MaxScore,
        ["compile_errors"] = new JArray(s.CompileErrors),
        ["questions"] = new JArray(s.Questions.Select(q => new JObject
        {
            ["id"] = q.Id,
            ["title"] = q.Title,
            ["score"] = q.Score is { } v ? v : JValue.CreateNull(),
            ["max_score"] = q.MaxScore,
            ["status"] = q.Manual ? "manual" : q.Summary,
            ["diagnosis"] = q.Diagnosis,
            ["cases"] = new JArray(q.Cases.Select(c => new JObject
            {
                ["name"] = c.Name,
                ["public"] = c.Public,
                ["score"] = c.Score,
                ["max_score"] = c.MaxScore,
                ["verdict"] = c.Verdict,
                ["message"] = c.Message,
                ["diagnosis"] = c.Diagnosis,
            })),
        })),
    };

    public static string Write(JToken token) => token.ToString(Newtonsoft.Json.Formatting.Indented).ReplaceLineEndings("\n") + "\n";
}
