using Grader.Assignments;
using Grader.Check;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace Grader.Report;

/// <summary>
/// The one serializer of the report model: results.json (the class) and every student's result.json (see
/// Pipeline.StoredResult) hold the same StudentReport in the same shape, snake_case, verdicts and statuses as their
/// labels, so `merge` and `--resume` read back exactly what was written.
/// </summary>
public static class JsonWriter
{
    static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new SnakeCaseNamingStrategy() },
        Converters =
        {
            new LabelJson<VerdictKind>(VerdictKinds.Label), new LabelJson<StudentStatus>(StudentStatusText.Label),
            new ValueJson(), new CaseValuesJson(book: null),
        },
        Formatting = Formatting.Indented,
        StringEscapeHandling = StringEscapeHandling.EscapeNonAscii,
    };

    public static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    /// <summary>Streams results.json a student at a time: a class of thousands never sits in memory as one tree.
    /// </summary>
    public static void Results(ClassReport report, TextWriter text)
    {
        using var json = Create(text);
        json.WriteStartObject();
        foreach (var property in JObject.FromObject(ResultsHeader.Of(report), Serializer).Properties())
            property.WriteTo(json);
        json.WritePropertyName("students");
        json.WriteStartArray();
        foreach (var student in report.Students) Serializer.Serialize(json, student);
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        text.Write('\n');
    }

    public static string Results(ClassReport report) => Text(text => Results(report, text));

    /// <summary>One object of the model (a student's stored result) as its file holds it.</summary>
    public static string Write(object value) => Text(text => Write(value, text));

    /// <summary>The same, streamed: a stored result is written straight into its file.</summary>
    public static void Write(object value, TextWriter text)
    {
        using (var json = Create(text)) Serializer.Serialize(json, value);
        text.Write('\n');
    }

    /// <summary>
    /// An object of the model read back, its cases' arguments and expected values found in <paramref name="cases"/>;
    /// a file that is not one, or names a case the book does not hold, throws JsonException.
    /// </summary>
    public static T Read<T>(string text, CaseBook cases)
    {
        var serializer = JsonSerializer.Create(Settings);
        serializer.Converters.Insert(0, new CaseValuesJson(cases)); // before the writing one, which has no book
        return serializer.Deserialize<T>(new JsonTextReader(new StringReader(text)))
               ?? throw new JsonSerializationException("the file is empty");
    }

    /// <summary>Any other JSON document the grader writes (the platforms' results files), plain ASCII as above.
    /// </summary>
    public static string Text(JToken document) => Text(text =>
    {
        using var json = Create(text);
        document.WriteTo(json);
    });

    /// <summary>Reads the header of a results.json (everything before "students") without reading its students.
    /// </summary>
    public static ResultsHeader ReadHeader(string path)
    {
        using var reader = new JsonTextReader(File.OpenText(path));
        var header = new JObject();
        reader.Read(); // the opening brace
        while (reader.Read() && reader.TokenType == JsonToken.PropertyName && (string)reader.Value! != "students")
        {
            var name = (string)reader.Value!;
            reader.Read();
            header[name] = JToken.ReadFrom(reader);
        }
        return header.ToObject<ResultsHeader>(Serializer) ?? throw new JsonSerializationException($"{path}: no header");
    }

    /// <summary>
    /// A value on one line (an array of numbers one per line would be most of a stored result), non-ASCII escaped as
    /// everywhere else.
    /// </summary>
    internal static string Compact(JToken value)
    {
        var text = new StringWriter();
        using (var json = Create(text)) { json.Formatting = Formatting.None; value.WriteTo(json); }
        return text.ToString();
    }

    static string Text(Action<TextWriter> write)
    {
        var text = new StringWriter { NewLine = "\n" };
        write(text);
        var written = text.ToString().ReplaceLineEndings("\n");
        return written.EndsWith('\n') ? written : written + "\n";
    }

    // Every character outside ASCII as \uXXXX: no byte of the file can be taken for a terminal's control sequence
    // or reorder the text around it (a bidi override), even when a TA prints it.
    static JsonTextWriter Create(TextWriter text) => new(text)
    {
        Formatting = Formatting.Indented, CloseOutput = false,
        StringEscapeHandling = StringEscapeHandling.EscapeNonAscii,
    };
}

/// <summary>
/// results.json's fields before "students": what `merge` needs to rebuild the class, with every case's arguments and
/// expected value once (the students' result.json files name their cases in it).
/// </summary>
public sealed record ResultsHeader(string Assignment, string Title, string GeneratedAt, double MaxScore,
                                   IReadOnlyList<QuestionHeader> Questions)
{
    /// <summary>See <see cref="ClassReport.ListsHiddenCases"/>; true in a file written before it was recorded.
    /// </summary>
    public bool ListsHiddenCases { get; init; } = true;

    /// <summary>Question id → the cases the students' reports name; what each known mistake returns is left out.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<GradedCase>> Cases { get; init; } =
        new Dictionary<string, IReadOnlyList<GradedCase>>();

    public static ResultsHeader Of(ClassReport report) =>
        new(report.AssignmentId, report.Title, report.GeneratedAt, report.MaxScore, report.Questions)
        {
            ListsHiddenCases = report.ListsHiddenCases, Cases = CasesOf(report.Students),
        };

    static Dictionary<string, IReadOnlyList<GradedCase>> CasesOf(IEnumerable<StudentReport> students) =>
        students.SelectMany(s => s.Questions).SelectMany(q => q.Cases).Select(c => c.Values).OfType<CaseValues>()
                .DistinctBy(v => (v.Question, v.Case.Name))
                .GroupBy(v => v.Question, v => v.Case with { Mistakes = [] })
                .ToDictionary(g => g.Key, g => (IReadOnlyList<GradedCase>)[.. g]);
}

/// <summary>
/// A case's values as JSON: null reads back as no value (Newtonsoft would give a JSON null token), so a stored result
/// is the report it was written from.
/// </summary>
sealed class ValueJson : JsonConverter
{
    public override bool CanConvert(Type objectType) => typeof(JToken).IsAssignableFrom(objectType);

    public override void WriteJson(Newtonsoft.Json.JsonWriter writer, object? value, JsonSerializer serializer) =>
        ((JToken?)value ?? JValue.CreateNull()).WriteTo(writer);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existing, JsonSerializer serializer) =>
        reader.TokenType == JsonToken.Null ? null : JToken.ReadFrom(reader);
}

/// <summary>A closed set of kinds in JSON is its label, as the report files have always held it.</summary>
sealed class LabelJson<T>(Func<T, string> label) : JsonConverter<T> where T : struct, Enum
{
    public override void WriteJson(Newtonsoft.Json.JsonWriter writer, T value, JsonSerializer serializer) =>
        writer.WriteValue(label(value));

    public override T ReadJson(JsonReader reader, Type objectType, T existing, bool hasExisting,
                               JsonSerializer serializer) =>
        Enum.GetValues<T>().Where(v => Equals(reader.Value, label(v))).Cast<T?>().FirstOrDefault()
        ?? throw new JsonSerializationException($"unknown {typeof(T).Name} '{reader.Value}'");
}

/// <summary>
/// A case's values in a stored result: the question and case it belongs to, and what the student's function returned.
/// The case's arguments and expected value are the assignment's, the same for every student: they are found again in
/// the case book the reader is given (the assignment's cases, or those results.json lists once).
/// </summary>
sealed class CaseValuesJson(CaseBook? book) : JsonConverter<CaseValues>
{
    public override void WriteJson(Newtonsoft.Json.JsonWriter writer, CaseValues? value, JsonSerializer serializer)
    {
        if (value is null) { writer.WriteNull(); return; }
        writer.WriteStartObject();
        writer.WritePropertyName("question");
        writer.WriteValue(value.Question);
        writer.WritePropertyName("case");
        writer.WriteValue(value.Case.Name);
        writer.WritePropertyName("actual");
        writer.WriteRawValue(JsonWriter.Compact(value.Actual ?? JValue.CreateNull()));
        writer.WritePropertyName("first_difference");
        JToken firstDifference = value.FirstDifference is { } at ? new JArray(at) : JValue.CreateNull();
        writer.WriteRawValue(JsonWriter.Compact(firstDifference));
        writer.WriteEndObject();
    }

    public override CaseValues? ReadJson(JsonReader reader, Type objectType, CaseValues? existing, bool hasExisting,
                                         JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null) return null;
        var stored = JObject.Load(reader);
        string question = (string?)stored["question"] ?? "", name = (string?)stored["case"] ?? "";
        var found = (book ?? throw new JsonSerializationException("no cases to read a case's values against"))
                    .Find(question, name)
                    ?? throw new JsonSerializationException($"'{question}' has no case named '{name}'");
        var actual = stored["actual"] is { Type: not JTokenType.Null } given ? given : null;
        return new(question, found, actual, stored["first_difference"]?.ToObject<List<int>?>());
    }
}
