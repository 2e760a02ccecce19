using System.Reflection;
using Grader.Run.Wire;
using Grader.Values;
using Newtonsoft.Json.Linq;

namespace Grader.Run;

/// <summary>
/// Every case's arguments this worker has been sent, kept for the next submissions: the parent sends each case's JSON
/// once per worker, and the worker converts it once per parameter types and hands every call its own copy.
/// </summary>
sealed class CaseArguments
{
    readonly Dictionary<int, string> json = [];
    readonly Dictionary<(int Case, string Types), object?[]> converted = [];

    /// <summary>Keeps a case's arguments when the call carries them (the first time this worker gets it).</summary>
    public int Remember(CaseCall call)
    {
        if (call.ArgumentsJson is { } arguments) json[call.Number] = arguments;
        return call.Number;
    }

    /// <summary>A fresh copy of a case's arguments for a method with these parameter types.</summary>
    public object?[] Arguments(int id, string types, MethodInfo method)
    {
        // Homework values are the framework's types, never the script's: caching them keeps no submission loaded.
        if (!converted.TryGetValue((id, types), out var values))
        {
            var args = JArray.Parse(json[id]);
            converted[(id, types)] = values = method.GetParameters()
                .Select((p, i) => JsonValues.ToObject(args[i], p.ParameterType)).ToArray();
        }
        return values.Select(ValueCopy.Of).ToArray();
    }

    readonly Dictionary<(int Case, string Types), string[]> originalJson = [];

    /// <summary>The positions of the arguments a call changed: its copies no longer equal the case's values.</summary>
    public IReadOnlyList<int> Modified(int id, string types, object?[] passed)
    {
        if (!originalJson.TryGetValue((id, types), out var originals))
            originalJson[(id, types)] = originals = converted[(id, types)].Select(JsonValues.ToJson).ToArray();
        return Enumerable.Range(0, passed.Length).Where(i => JsonValues.ToJson(passed[i]) != originals[i]).ToList();
    }
}
