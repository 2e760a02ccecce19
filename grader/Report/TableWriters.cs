using Grader.Check;
using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Grader.Report;

/// <summary>
/// grades.csv, one row per student, for gradebooks: auto-graded question scores; manual ones left blank for the TA;
/// then what the compile-time guard refused ("line 3: reason; line 9: reason"), empty for most; the raw score and the
/// late penalty's percent (score is the final score); last, the status.
/// </summary>
public static class CsvWriter
{
    public static string Grades(ClassReport report)
    {
        var csv = new StringBuilder();
        var questions = report.Questions.Select(q => StudentText.Csv(q.Id));
        csv.AppendLine(string.Join(",", ["student", "score", "max_score", .. questions, "refused", "raw_score",
                                         "late_penalty_percent", "status"]));
        foreach (var s in report.Students)
            csv.AppendLine(string.Join(",", new[] { StudentText.Csv(s.Student), Number(s.Score), Number(s.MaxScore) }
                .Concat(s.Questions.Select(q => q.Score is { } v ? Number(v) : "")).Append(StudentText.Csv(Refused(s)))
                .Append(Number(s.RawScore)).Append(LateText.Percent(s)).Append(s.Status.Label())));
        return csv.ToString();
    }

    public static readonly IReadOnlyList<string> ManualColumns = ["student", "question", "points", "comment"];

    /// <summary>
    /// manual-scores.csv: a row per student and manual question, points and comment blank until a TA scores them (then
    /// the sheet as merged, so the file always says what the reports show).
    /// </summary>
    public static string ManualSheet(ClassReport report)
    {
        var csv = new StringBuilder().AppendLine(string.Join(",", ManualColumns));
        foreach (var s in report.Students)
            foreach (var q in s.Questions.Where(q => q.Manual))
                csv.AppendLine(string.Join(",", StudentText.Csv(s.Student), StudentText.Csv(q.Id), q.Score is { } v ? Number(v) : "", StudentText.Csv(q.Comment ?? "")));
        return csv.ToString();
    }

    static string Refused(StudentReport s) => string.Join("; ", s.Refusals.Select(r => $"{r.Where()}: {r.Reason}"));

    static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

/// <summary>results.json: every student, question and case with score, max_score, verdict and message.</summary>
public static class JsonWriter
{
    /// <summary>Streams the file a student at a time: a class of thousands never sits in memory as one JSON tree.</summary>
    public static void Results(ClassReport report, TextWriter text)
    {
        using var json = Create(text);
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

    // Every character outside ASCII as \uXXXX: no byte of the file can be taken for a terminal's control sequence
    // or reorder the text around it (a bidi override), even when a TA prints it.
    static Newtonsoft.Json.JsonTextWriter Create(TextWriter text) => new(text)
    {
        Formatting = Newtonsoft.Json.Formatting.Indented, CloseOutput = false,
        StringEscapeHandling = Newtonsoft.Json.StringEscapeHandling.EscapeNonAscii,
    };

    /// <summary>Any JSON document the grader writes (the platforms' results files), plain ASCII as above.</summary>
    public static string Text(JToken document)
    {
        var text = new StringWriter { NewLine = "\n" };
        using (var json = Create(text)) document.WriteTo(json);
        return text + "\n";
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
        ["lists_hidden_cases"] = report.ListsHiddenCases,
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
        Properties(json, ("student", s.Student), ("source", s.Source), ("score", s.Score), ("max_score", s.MaxScore),
                   ("status", s.Status.Label()), ("raw_score", s.RawScore),
                   ("late_penalty_percent", s.Late?.PenaltyPercent ?? 0),
                   ("submitted_at", s.Late?.SubmittedAt.ToUniversalTime().ToString("o")));
        Array(json, "compile_errors", s.CompileErrors, error => json.WriteValue(error));
        Array(json, "refusals", s.Refusals, r => Object(json, ("file", r.File), ("line", r.Line), ("reason", r.Reason)));
        Array(json, "questions", s.Questions, q =>
        {
            json.WriteStartObject();
            Properties(json, ("id", q.Id), ("title", q.Title), ("score", q.Score), ("max_score", q.MaxScore),
                       ("status", q.Manual ? "manual" : q.Summary), ("diagnosis", q.Diagnosis), ("comment", q.Comment));
            Array(json, "cases", q.Cases, c => Object(json, ("name", c.Name), ("public", c.Public), ("score", c.Score), ("max_score", c.MaxScore),
                                                      ("verdict", c.Verdict.Label()), ("message", c.Message), ("diagnosis", c.Diagnosis)));
            json.WriteEndObject();
        });
        json.WriteEndObject();
    }

    static void Array<T>(Newtonsoft.Json.JsonWriter json, string name, IEnumerable<T> items, Action<T> write)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var item in items) write(item);
        json.WriteEndArray();
    }

    static void Object(Newtonsoft.Json.JsonWriter json, params (string Name, object? Value)[] properties)
    {
        json.WriteStartObject();
        Properties(json, properties);
        json.WriteEndObject();
    }

    static void Properties(Newtonsoft.Json.JsonWriter json, params (string Name, object? Value)[] properties)
    {
        foreach (var (name, value) in properties)
        {
            json.WritePropertyName(name);
            json.WriteValue(value);
        }
    }
}
