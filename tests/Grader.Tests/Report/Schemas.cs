using System.Xml;
using System.Xml.Schema;

namespace Grader.Tests.Report;

/// <summary>The schemas under Fixtures/schemas/, written from each format's published spec, as validators.</summary>
public static class Schemas
{
    static string File(string name) => Path.Combine(Fixtures.Root, "schemas", name);

    /// <summary>Every way the JSON document breaks the named JSON Schema (empty when it fits).</summary>
    public static List<string> JsonErrors(string schema, string json)
    {
        var validator = NJsonSchema.JsonSchema.FromFileAsync(File(schema)).GetAwaiter().GetResult();
        return [.. validator.Validate(json).Select(e => e.ToString())];
    }

    /// <summary>Every way the document breaks the JUnit schema (empty when it fits).</summary>
    public static List<string> JUnitErrors(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema };
        settings.Schemas.Add(null, File("junit.xsd"));
        settings.ValidationEventHandler += (_, e) => errors.Add($"line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read()) { }
        return errors;
    }
}
