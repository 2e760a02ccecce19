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
    /// <summary>Streams the file a student at a time: a class of thousands never sits in memory as one JSON tree.</summary>
    public static void Results(ClassReport report, TextWriter text)
    {
        using var json = new Newtonsoft.Json.JsonTextWriter(text) { Formatting = Newtonsoft.Json.Formatting.Indented, CloseOutput = false };
        json.WriteStartObject();
        foreach (var (name, value) in Header(report))
        {
            json.WritePropertyName(name);
            value!.WriteTo(json);
        }
        json.WritePropertyName("students");
        json.WriteStartArray();
        foreach (var student in report.Students) Student(student).WriteTo(json);
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        text.Write('\n');
    }

    public static string Results(ClassReport report)
    {
        var text = new StringWriter { NewLine = "\n" };
        Results(report, text);
        return text.ToString();
    }

    /// <summary>Everything before "students": what `merge` needs to rebuild the class.</summary>
    public static JObject Header(ClassReport report) => new()
    {
        ["assignment"] = report.AssignmentId,
        ["title"] = report.Title,
        ["generated_at"] = report.GeneratedAt,
        ["max_score"] = report.MaxScore,
        ["questions"] = new JArray(report.Questions.Select(q => new JObject { ["id"] = q.Id, ["title"] = q.Title, ["points"] = q.Points, ["manual"] = q.Manual })),
    };

    /// <summary>Reads the header of a results.json without reading its students.</summary>
    public static JObject ReadHeader(string path)
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(File.OpenText(path));
        var header = new JObject();
        reader.Read(); // the opening brace
        while (reader.Read() && reader.TokenType == Newtonsoft.Json.JsonToken.PropertyName && (string)reader.Value! != "students")
        {
            var name = (string)reader.Value!;
            reader.Read();
            header[name] = JToken.ReadFrom(reader);
        }
        return header;
    }

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

}
