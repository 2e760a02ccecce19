using System.Runtime.CompilerServices;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Grader.Values;

/// <summary>
/// Converts between JSON and the plain values homework functions take and return: numbers, bools, strings,
/// arrays of any rank (nested JSON arrays), jagged arrays, and value tuples (JSON arrays of their items).
/// </summary>
public static class JsonValues
{
    public static object? ToObject(JToken token, Type type)
    {
        if (type == typeof(double)) return Number(token);
        if (type == typeof(float)) return (float)Number(token);
        if (type == typeof(int)) return checked((int)Integer(token));
        if (type == typeof(long)) return Integer(token);
        if (type == typeof(bool))
            return token.Type == JTokenType.Boolean ? token.Value<bool>() : throw Mismatch(token, type);
        if (type == typeof(string))
            return token.Type == JTokenType.String ? token.Value<string>() : throw Mismatch(token, type);
        if (type.IsArray) return ToArray(token, type);
        if (TypeNames.IsValueTuple(type)) return ToTuple(token, type);
        throw new ArgumentException($"values of type {TypeNames.Of(type)} cannot be passed");
    }

    public static JToken FromObject(object? value)
    {
        using var writer = new JTokenWriter();
        Write(writer, value);
        return writer.Token!;
    }

    /// <summary>The value as compact JSON text, written straight from the value: a worker's answer,
    /// with no tokens built.</summary>
    public static string ToJson(object? value)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text)) Write(writer, value);
        return text.ToString();
    }

    static void Write(JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNull(); break;
            case double d: writer.WriteValue(d); break;
            case float f: writer.WriteValue((double)f); break;
            case int or long or bool or string: writer.WriteValue(value); break;
            case Array array: WriteArray(writer, array, new int[array.Rank], 0); break;
            case ITuple tuple:
                writer.WriteStartArray();
                for (int i = 0; i < tuple.Length; i++) Write(writer, tuple[i]);
                writer.WriteEndArray();
                break;
            default: throw new ArgumentException($"a value of type {TypeNames.Of(value.GetType())} cannot be returned");
        }
    }

    static double Number(JToken token) => token.Type switch
    {
        JTokenType.Float or JTokenType.Integer => token.Value<double>(),
        // JSON has no NaN or infinity literals: the grader writes them as strings.
        JTokenType.String when double.TryParse(token.Value<string>(), System.Globalization.CultureInfo.InvariantCulture,
                                               out var d) => d,
        _ => throw Mismatch(token, typeof(double)),
    };

    static long Integer(JToken token) =>
        token.Type == JTokenType.Integer ? token.Value<long>()
        : token.Type == JTokenType.Float && token.Value<double>() is var d && d == Math.Floor(d) ? (long)d
        : throw Mismatch(token, typeof(long));

    static Array ToArray(JToken token, Type type)
    {
        var element = type.GetElementType()!;
        int rank = type.GetArrayRank();
        var lengths = new int[rank];
        var level = token;
        for (int axis = 0; axis < rank; axis++)
        {
            if (level is not JArray items) throw Mismatch(token, type);
            lengths[axis] = items.Count;
            level = items.Count > 0 ? items[0] : null;
        }
        var array = Array.CreateInstance(element, lengths);
        var index = new int[rank];
        Fill(array, token, element, index, 0);
        return array;
    }

    static void Fill(Array array, JToken token, Type element, int[] index, int axis)
    {
        if (token is not JArray items || items.Count != array.GetLength(axis))
            throw new ArgumentException($"ragged array: axis {axis} should have length {array.GetLength(axis)}");
        for (int i = 0; i < items.Count; i++)
        {
            index[axis] = i;
            if (axis == array.Rank - 1) array.SetValue(ToObject(items[i], element), index);
            else Fill(array, items[i], element, index, axis + 1);
        }
    }

    static object ToTuple(JToken token, Type type)
    {
        var types = type.GetGenericArguments();
        if (token is not JArray items || items.Count != types.Length) throw Mismatch(token, type);
        var values = types.Select((t, i) => ToObject(items[i], t)).ToArray();
        return Activator.CreateInstance(type, values)!;
    }

    static void WriteArray(JsonWriter writer, Array array, int[] index, int axis)
    {
        writer.WriteStartArray();
        for (int i = 0; i < array.GetLength(axis); i++)
        {
            index[axis] = i;
            if (axis == array.Rank - 1) Write(writer, array.GetValue(index));
            else WriteArray(writer, array, index, axis + 1);
        }
        writer.WriteEndArray();
    }

    static ArgumentException Mismatch(JToken token, Type type) =>
        new($"cannot read {Describe(token)} as {TypeNames.Of(type)}");

    static string Describe(JToken token) => token.Type switch
    {
        JTokenType.Array => "an array",
        JTokenType.Object => "an object",
        _ => $"'{token}'",
    };
}
