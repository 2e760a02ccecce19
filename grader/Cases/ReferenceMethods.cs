using System.Reflection;
using Grader.Assignments;
using Grader.Values;

namespace Grader.Cases;

/// <summary>Finds the answer key ("Class.Method" in Grader.Reference, mistakes in Grader.Reference.Mistakes)
/// by name and signature.</summary>
public static class ReferenceMethods
{
    static readonly Assembly ReferenceAssembly = typeof(Grader.Reference.Tensors).Assembly;

    public static MethodInfo Find(string qualifiedName, FunctionSpec function, string ns = "Grader.Reference")
    {
        int dot = qualifiedName.LastIndexOf('.');
        if (dot < 0) throw new ArgumentException($"reference '{qualifiedName}' must be Class.Method");
        var typeName = $"{ns}.{qualifiedName[..dot]}";
        var type = ReferenceAssembly.GetType(typeName) ?? throw new ArgumentException($"no reference class {typeName}");
        var wanted = function.Parameters.Select(TypeNames.Normalize).ToArray();
        var methodName = qualifiedName[(dot + 1)..];
        return type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)
                   .FirstOrDefault(m => m.Name == methodName
                                        && m.GetParameters().Select(p => TypeNames.Of(p.ParameterType))
                                            .SequenceEqual(wanted)
                                        && TypeNames.Of(m.ReturnType) == TypeNames.Normalize(function.Returns))
               ?? throw new ArgumentException($"no method {typeName}.{methodName} with signature {function.Signature}");
    }

    // Runs a reference method on JSON arguments;
    // an ArgumentException from the reference (shapes that do not fit) propagates.
    public static Newtonsoft.Json.Linq.JToken Invoke(MethodInfo method, Newtonsoft.Json.Linq.JArray args)
    {
        var parameters = method.GetParameters();
        if (parameters.Length != args.Count)
            throw new ArgumentException(
                $"{method.Name} takes {parameters.Length} arguments, the case gives {args.Count}");
        var values = parameters.Select((p, i) => JsonValues.ToObject(args[i], p.ParameterType)).ToArray();
        try
        {
            return JsonValues.FromObject(method.Invoke(null, values));
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
