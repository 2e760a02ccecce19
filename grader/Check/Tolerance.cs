using System.Globalization;
using Grader.Assignments;
using Newtonsoft.Json.Linq;

namespace Grader.Check;

/// <summary>Outcome of comparing an answer with the expected value: a closed set (see Match).</summary>
public abstract record Comparison
{
    private protected Comparison() { }

    /// <summary>One function per case: a new case breaks every caller at compile time.</summary>
    public T Match<T>(Func<Match, T> match, Func<Mismatch, T> mismatch) =>
#pragma warning disable CS8509 // closed by the private constructor, which the compiler cannot see
        this switch
        {
            Match m => match(m),
            Mismatch m => mismatch(m),
        };
#pragma warning restore CS8509
}

public sealed record Match : Comparison;
public sealed record Mismatch(string Message) : Comparison
{
    /// <summary>Where the first difference is: the index on each axis, outermost first (empty: the whole).</summary>
    public IReadOnlyList<int> At { get; init; } = [];
}

/// <summary>
/// The one comparison module. Shape first, then each element: |a − e| ≤ abs + rel·|e|. NaN never equals anything;
/// an infinity equals only an infinity of the same sign. The message names the first wrong element, the expected and
/// actual values and the tolerance, ready for a student's report.
/// </summary>
public static class Tolerance
{
    public static Comparison Compare(JToken expected, JToken actual, ToleranceSpec tolerance) =>
        Compare(expected, actual, tolerance, []);

    /// <summary>
    /// Whether an answer is the very value a known mistake produces. Unlike grading, NaN here matches NaN: a mistake
    /// that
    /// yields NaN (Mish(x)/x at 0) is recognised by the NaN it leaves in the student's answer.
    /// </summary>
    public static bool SameAsMistake(JToken mistake, JToken actual, ToleranceSpec tolerance) =>
        Compare(Replace(mistake), Replace(actual), tolerance, []) is Match;

    // NaN → a string that compares only with itself, leaving every other value as it was.
    // JToken is Newtonsoft's open hierarchy, so the last arm names what is left rather than a closed set of cases.
    static JToken Replace(JToken token) => token switch
    {
        JArray items => new JArray(items.Select(Replace)),
        JValue { Type: JTokenType.Float } v when double.IsNaN(v.Value<double>()) => new JValue("not a number"),
        JValue { Type: JTokenType.String } v when v.Value<string>() == "NaN" => new JValue("not a number"),
        JToken notNaN => notNaN,
    };

    static Comparison Compare(JToken expected, JToken actual, ToleranceSpec tolerance, List<int> path)
    {
        if (expected is JArray expectedItems)
        {
            if (actual is not JArray actualItems)
                return Differ($"expected an array of shape {Shape(expected)}, got {Describe(actual)}", path);
            if (expectedItems.Count != actualItems.Count || Shape(expected) != Shape(actual))
                return Differ($"expected shape {Shape(expected)}, got shape {Shape(actual)}", path);
            for (int i = 0; i < expectedItems.Count; i++)
            {
                path.Add(i);
                var result = Compare(expectedItems[i], actualItems[i], tolerance, path);
                path.RemoveAt(path.Count - 1);
                if (result is Mismatch) return result;
            }
            return new Match();
        }
        if (Number(expected) is { } e)
        {
            if (Number(actual) is not { } a) return Differ($"expected {Show(e)}, got {Describe(actual)}", path);
            return Close(e, a, tolerance) ? new Match()
                : Differ($"expected {Show(e)}, got {Show(a)} "
                         + $"(tolerance {Show(tolerance.Abs)} + {Show(tolerance.Rel)}·|expected|)", path);
        }
        return JToken.DeepEquals(expected, actual) ? new Match()
            : Differ($"expected {expected.ToString(Newtonsoft.Json.Formatting.None)}, got {Describe(actual)}", path);
    }

    static Mismatch Differ(string message, List<int> path) => new(Where(path) + message) { At = [.. path] };

    public static bool Close(double expected, double actual, ToleranceSpec tolerance)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual)) return false;
        if (double.IsInfinity(expected) || double.IsInfinity(actual)) return expected == actual;
        return Math.Abs(actual - expected) <= tolerance.Abs + tolerance.Rel * Math.Abs(expected);
    }

    // Numbers arrive as JSON numbers, or as the strings "NaN", "Infinity", "-Infinity" (JSON has no literal for them).
    // Any other token (an array, an object, other text, null) is not a number: the last arm names it so.
    static double? Number(JToken token) => token switch
    {
        JValue { Type: JTokenType.Integer or JTokenType.Float } => token.Value<double>(),
        JValue { Value: "NaN" or "Infinity" or "-Infinity" } => double.Parse(token.Value<string>()!,
                                                                            CultureInfo.InvariantCulture),
        JToken notANumber => null,
    };

    public static string Shape(JToken token)
    {
        var dims = new List<int>();
        for (var level = token; level is JArray items; level = items.Count > 0 ? items[0] : null) dims.Add(items.Count);
        return dims.Count == 0 ? "scalar" : string.Join("×", dims);
    }

    static string Where(List<int> path) => path.Count == 0 ? "" : $"at [{string.Join(",", path)}]: ";

    static string Describe(JToken token) =>
        token is JArray ? $"an array of shape {Shape(token)}"
        : Number(token) is { } n ? Show(n)
        : token.ToString(Newtonsoft.Json.Formatting.None);

    public static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
