using System.Reflection;
using System.Runtime.Loader;
using Grader.Values;

namespace Grader.Run;

/// <summary>The submission a worker has loaded: its collectible load context, script instance and methods.</summary>
sealed class WorkerSession
{
    AssemblyLoadContext? context;
    Type? script;
    object? instance;

    /// <summary>The loaded script's assembly, also while its top-level code runs.</summary>
    public Assembly? Assembly { get; private set; }
    readonly Dictionary<string, MethodInfo> methods = [];

    public void Load(byte[] image, string className)
    {
        Unload();
        context = new AssemblyLoadContext("submission", isCollectible: true);
        Assembly = context.LoadFromStream(new MemoryStream(image));
        script = Assembly.GetType(className) ?? throw new InvalidOperationException($"no class {className}");
        var factory = script.GetMethod("<Factory>", BindingFlags.Public | BindingFlags.Static)!;
        // Roslyn's script factory stores the new instance in slot 1 and runs the top-level statements.
        var submissionArray = new object?[2];
        ((Task<object>)factory.Invoke(null, [submissionArray])!).GetAwaiter().GetResult();
        instance = submissionArray[1];
    }

    /// <summary>The method's answer, as JSON text.</summary>
    public string Call(string name, string[] parameterTypes, Func<MethodInfo, object?[]> arguments)
    {
        if (script is null) throw new InvalidOperationException("no submission loaded");
        var key = name + "|" + string.Join("|", parameterTypes);
        if (!methods.TryGetValue(key, out var method))
            methods[key] = method = script
                .GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance)
                .First(m => m.Name == name && m.GetParameters().Select(p => TypeNames.Of(p.ParameterType))
                                                    .SequenceEqual(parameterTypes));
        return JsonValues.ToJson(method.Invoke(method.IsStatic ? null : instance, arguments(method)));
    }

    public void Unload()
    {
        methods.Clear();
        instance = null;
        script = null;
        Assembly = null;
        context?.Unload();
        context = null;
    }
}
