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
        foreach (var student in report.Students) Student(json, student);
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

    // Written token by token: a class's results.json is the largest file the grader writes.
    static void Student(Newtonsoft.Json.JsonWriter json, StudentReport s)
    {
        json.WriteStartObject();
        Property(json, "student", s.Student);
        Property(json, "source", s.Source);
        Property(json, "score", s.Score);
        Property(json, "max_score", s.MaxScore);
        json.WritePropertyName("compile_errors");
        json.WriteStartArray();
        foreach (var error in s.CompileErrors) json.WriteValue(error);
        json.WriteEndArray();
        json.WritePropertyName("questions");
        json.WriteStartArray();
        foreach (var q in s.Questions)
        {
            json.WriteStartObject();
            Property(json, "id", q.Id);
            Property(json, "title", q.Title);
            Property(json, "score", q.Score);
            Property(json, "max_score", q.MaxScore);
            Property(json, "status", q.Manual ? "manual" : q.Summary);
            Property(json, "diagnosis", q.Diagnosis);
            json.WritePropertyName("cases");
            json.WriteStartArray();
            foreach (var c in q.Cases)
            {
                json.WriteStartObject();
                Property(json, "name", c.Name);
                Property(json, "public", c.Public);
                Property(json, "score", c.Score);
                Property(json, "max_score", c.MaxScore);
                Property(json, "verdict", c.Verdict);
                Property(json, "message", c.Message);
                Property(json, "diagnosis", c.Diagnosis);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    static void Property(Newtonsoft.Json.JsonWriter json, string name, object? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

}
