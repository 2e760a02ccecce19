using Newtonsoft.Json;

namespace Grader.Check;

/// <summary>
/// What kind of verdict a case got: what every writer, verb and summary switches on. Its label is the one text the
/// reports show and the JSON files hold ("passed", "wrong answer", …).
/// </summary>
[JsonConverter(typeof(VerdictKindJson))]
public enum VerdictKind { Passed, WrongAnswer, RuntimeError, TimedOut, MemoryExceeded, Crashed, NotRun, BelowFullMarks }

public static class VerdictKinds
{
    static readonly string[] Labels = ["passed", "wrong answer", "runtime error", "timed out", "memory exceeded", "crashed", "not run",
        "below full marks"]; // a measured handed-in file (trained weights) that earns part of its points

    public static string Label(this VerdictKind kind) => Labels[(int)kind];

    public static VerdictKind? FromLabel(string label) =>
        Array.IndexOf(Labels, label) is var i and >= 0 ? (VerdictKind)i : null;
}

/// <summary>A verdict kind in JSON is its label, as the report files have always held it.</summary>
sealed class VerdictKindJson : JsonConverter<VerdictKind>
{
    public override void WriteJson(JsonWriter writer, VerdictKind value, JsonSerializer serializer) => writer.WriteValue(value.Label());

    public override VerdictKind ReadJson(JsonReader reader, Type objectType, VerdictKind existing, bool hasExisting, JsonSerializer serializer) =>
        reader.Value is string label && VerdictKinds.FromLabel(label) is { } kind
            ? kind : throw new JsonSerializationException($"unknown verdict '{reader.Value}'");
}
