using System.Globalization;
using System.Text;
using Grader.Assignments;
using Grader.Values;
using Newtonsoft.Json.Linq;

namespace Grader.Report;

/// <summary>
/// A line of C# a student can paste into their script to make the call a case makes: the function with the case's
/// arguments written as literals of the parameter types (`new double[,] { { 1, 2 }, { 3, 4 } }`).
/// </summary>
public static class CSharpCall
{
    public static string Of(FunctionSpec function, JArray args)
    {
        var literals = args.Select((a, i) => Literal(a, Parameter(function, i)));
        return $"var result = {function.Name}({string.Join(", ", literals)});";
    }

    static string Parameter(FunctionSpec function, int i) => function.Parameters.ElementAtOrDefault(i) ?? "object";

    public static string Literal(JToken value, string type)
    {
        type = TypeNames.Normalize(type.Trim());
        if (type.EndsWith(']') && OpenBracket(type) is var open and > 0)
        {
            int close = type.IndexOf(']', open);
            int rank = close - open;
            string element = type[..open] + type[(close + 1)..];
            var shape = Shape(value, rank);
            // An empty array has no braces to carry its shape: new double[2, 0].
            if (shape.Contains(0) || shape.Count < rank)
            {
                var lengths = shape.Concat(Enumerable.Repeat(0, rank - shape.Count));
                return $"new {type[..open]}[{string.Join(", ", lengths)}]{type[(close + 1)..]}";
            }
            return $"new {type} {Braces(value, rank, element)}";
        }
        if (type.StartsWith('(') && value is JArray items)
        {
            var literals = Split(type[1..^1])
                .Select((t, i) => Literal(items.ElementAtOrDefault(i) ?? JValue.CreateNull(), t));
            return $"({string.Join(", ", literals)})";
        }
        return Scalar(value, type);
    }

    // The rank's braces, nested: { { 1, 2 }, { 3, 4 } } for a double[,].
    static string Braces(JToken value, int rank, string element) => rank == 0 || value is not JArray items
        ? Literal(value, element)
        : $"{{ {string.Join(", ", items.Select(i => Braces(i, rank - 1, element)))} }}";

    static List<int> Shape(JToken value, int rank)
    {
        var shape = new List<int>();
        for (var level = value; shape.Count < rank && level is JArray items; level = items.Count > 0 ? items[0] : null)
            shape.Add(items.Count);
        return shape;
    }

    static string Scalar(JToken value, string type)
    {
        if (value.Type == JTokenType.String && type is "double" or "float")
            return value.Value<string>() switch
            {
                "NaN" => $"{type}.NaN",
                "Infinity" => $"{type}.PositiveInfinity",
                "-Infinity" => $"{type}.NegativeInfinity",
                var other => String(other ?? ""),
            };
        return value.Type switch
        {
            JTokenType.Integer or JTokenType.Float when type == "float" => Number(value) + "f",
            JTokenType.Integer or JTokenType.Float when type == "long" => Number(value) + "L",
            JTokenType.Integer or JTokenType.Float => Number(value),
            JTokenType.Boolean => value.Value<bool>() ? "true" : "false",
            JTokenType.String => String(value.Value<string>() ?? ""),
            _ => "default",
        };
    }

    static string Number(JToken value) => value.Type == JTokenType.Integer
        ? value.Value<long>().ToString(CultureInfo.InvariantCulture)
        : value.Value<double>().ToString("R", CultureInfo.InvariantCulture);

    // A regular C# string literal: quotes, backslashes and every non-printing character escaped.
    static string String(string text)
    {
        var literal = new StringBuilder("\"");
        foreach (char c in text)
            literal.Append(c switch
            {
                '"' => "\\\"", '\\' => "\\\\",
                _ when char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format
                    or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return literal.Append('"').ToString();
    }

    // The first '[' outside a tuple's parentheses: (double[], int)[] is an array of tuples.
    static int OpenBracket(string type)
    {
        int depth = 0;
        for (int i = 0; i < type.Length; i++)
        {
            if (type[i] == '(') depth++;
            else if (type[i] == ')') depth--;
            else if (type[i] == '[' && depth == 0) return i;
        }
        return -1;
    }

    // A tuple's item types, split at the commas outside brackets and parentheses.
    static IEnumerable<string> Split(string items)
    {
        int depth = 0, start = 0;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is '(' or '[') depth++;
            else if (items[i] is ')' or ']') depth--;
            else if (items[i] == ',' && depth == 0) { yield return items[start..i]; start = i + 1; }
        }
        yield return items[start..];
    }
}
