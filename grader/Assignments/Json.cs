using System.Text.RegularExpressions;
using Newtonsoft.Json;

namespace Grader.Assignments;

/// <summary>The one JSON configuration: strict on read (an unknown key is an error, not a silent default),
/// stable on write.</summary>
public static class Json
{
    public static readonly JsonSerializerSettings Strict = new()
    {
        MissingMemberHandling = MissingMemberHandling.Error,
        FloatParseHandling = FloatParseHandling.Double,
        ContractResolver = new Newtonsoft.Json.Serialization.CamelCasePropertyNamesContractResolver
        {
            NamingStrategy =
                new Newtonsoft.Json.Serialization.CamelCaseNamingStrategy { ProcessDictionaryKeys = false },
        },
    };

    public static readonly JsonSerializerSettings Output = new()
    {
        Formatting = Formatting.Indented,
        FloatFormatHandling = FloatFormatHandling.String,
        NullValueHandling = NullValueHandling.Ignore,
        ContractResolver = Strict.ContractResolver,
    };

    public static T Read<T>(string path) =>
        JsonConvert.DeserializeObject<T>(File.ReadAllText(path), Strict)
        ?? throw new JsonException("the file is empty");

    /// <summary>Indented JSON whose innermost arrays sit on one line, so a matrix reads as rows.</summary>
    public static string Write(object value) =>
        InnermostArray.Replace(JsonConvert.SerializeObject(value, Output).ReplaceLineEndings("\n"), OnOneLine) + "\n";

    static string OnOneLine(Match array) => Whitespace.Replace(array.Value, " ").Replace("[ ", "[").Replace(" ]", "]");

    static readonly Regex InnermostArray = new(@"\[[^\[\]{}""]*\]", RegexOptions.Compiled);
    static readonly Regex Whitespace = new(@"\s+", RegexOptions.Compiled);
}
