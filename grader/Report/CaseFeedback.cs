using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Grader.Report;

/// <summary>A case's values as text for a reader: bounded, cut around the first difference of a wrong answer.</summary>
public static class CaseFeedback
{
    /// <summary>How much of a value or of console output a student's report shows; the staff's shows more.</summary>
    public const int StudentLimit = 2000, StaffLimit = 20000;

    /// <summary>Elements shown on each side of the first difference.</summary>
    const int Context = 3;

    /// <summary>A wrong answer's first difference: where, and the expected and actual elements around it.</summary>
    public sealed record Difference(string Where, string Expected, string Actual);

    /// <summary>One block of a case's details: a label, then text shown as it is (a value, a call, output).</summary>
    public sealed record Section(string Label, string Text, string Language = "text");

    /// <summary>
    /// What a reader needs to act on a case. A student: a failing public case's inputs, the values around its first
    /// difference and a call to paste into their script (a hidden case has no values by then: see ForStudent). Staff:
    /// every case's inputs, expected and actual values. Both: console output. Every text bounded.
    /// </summary>
    public static IReadOnlyList<Section> Sections(QuestionReport q, CaseReport c, Audience audience)
    {
        // A case that never ran (its function is missing) has nothing to reproduce.
        bool staff = audience == Audience.Staff;
        bool failed = c.Verdict is not (Check.VerdictKind.Passed or Check.VerdictKind.NotRun);
        int limit = staff ? StaffLimit : StudentLimit;
        var sections = new List<Section>();
        if ((staff || failed) && c.Values is { } values)
        {
            sections.Add(new("Inputs", Bounded(values.Case.ArgsJson, limit), "json"));
            if (staff) sections.Add(new("Expected", Bounded(values.Case.ExpectedJson, limit), "json"));
            if (staff && values.Actual is { } actual) sections.Add(new("Actual", Json(actual, limit), "json"));
            if (Around(values, limit) is { } difference)
                sections.Add(new($"First difference, {difference.Where}",
                                 $"expected: {difference.Expected}\nactual:   {difference.Actual}"));
            if (failed && q.Function is { } function)
                sections.Add(new("To reproduce it, paste this into your script", CSharpCall.Of(function, values.Inputs),
                                 "csharp"));
        }
        if (c.Output is { Length: > 0 } output)
            sections.Add(new("Console output", Bounded(output.TrimEnd('\r', '\n'), limit)));
        return sections;
    }

    public static string Json(JToken value, int limit) => Bounded(value.ToString(Formatting.None), limit);

    public static string Bounded(string text, int limit) =>
        text.Length <= limit ? text : $"{text[..limit]}… ({text.Length - limit} more characters cut)";

    /// <summary>
    /// The expected and actual values around the first difference: the innermost array holding it, a few elements each
    /// side ("at [1,3], elements [1,0..6]"). Null when the case has no wrong answer to compare.
    /// </summary>
    public static Difference? Around(CaseValues values, int limit)
    {
        if (values.Actual is not { } actual || values.FirstDifference is not { } at) return null;
        if (at.Count == 0) return new("the whole value", Json(values.Expected, limit), Json(actual, limit));
        var outer = at.Take(at.Count - 1).ToList();
        if (Descend(values.Expected, outer) is not JArray expected || Descend(actual, outer) is not JArray got)
            return new("the whole value", Json(values.Expected, limit), Json(actual, limit));
        int index = at[^1], from = Math.Max(0, index - Context);
        int to = Math.Min(Math.Max(expected.Count, got.Count), index + Context + 1);
        string Slice(JArray items) => Bounded((from > 0 ? "…, " : "")
            + string.Join(", ", items.Skip(from).Take(to - from).Select(Element))
            + (to < items.Count ? ", …" : ""), limit);
        var prefix = string.Concat(outer.Select(i => $"{i},"));
        return new($"at [{string.Join(",", at)}]; elements [{prefix}{from}..{to - 1}]", Slice(expected), Slice(got));
    }

    // Ten significant digits: the float noise of a computed answer (0.32070000000000004) goes, a difference the
    // tolerance sees (about a millionth) stays.
    static string Element(JToken item) => item.Type == JTokenType.Float
        ? item.Value<double>().ToString("G10", System.Globalization.CultureInfo.InvariantCulture)
        : item.ToString(Formatting.None);

    static JToken? Descend(JToken value, IEnumerable<int> path)
    {
        JToken? level = value;
        foreach (int i in path) level = level is JArray items && i < items.Count ? items[i] : null;
        return level;
    }
}
