using Grader.Assignments;
using Grader.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Compile;

/// <summary>Finds each question's function among the script's top-level methods by name,
/// then checks its signature.</summary>
public static class FunctionBinder
{
    public static IReadOnlyDictionary<string, Binding> Bind(
        CSharpCompilation compilation, IReadOnlyList<QuestionSpec> questions,
        IReadOnlyDictionary<string, List<MemberError>> brokenMethods)
    {
        var script = compilation.ScriptClass!;
        var bindings = new Dictionary<string, Binding>();
        foreach (var question in questions.Where(q => !q.Manual && q.Function is not null))
            bindings[question.Id] = BindOne(script, question.Function!, brokenMethods);
        return bindings;
    }

    static Binding BindOne(INamedTypeSymbol script, FunctionSpec function,
                           IReadOnlyDictionary<string, List<MemberError>> brokenMethods)
    {
        // The error that stubbed the function says what it was: refused by the guard, or not compiled.
        if (brokenMethods.TryGetValue(function.Name, out var errors))
            return errors[0].Refused ? new Refused([.. errors.Select(e => e.Message)])
                                     : new NotCompiled([.. errors.Select(e => e.Message)]);
        var wantedParameters = function.Parameters.Select(TypeNames.Normalize).ToList();
        var wantedReturn = TypeNames.Normalize(function.Returns);
        var candidates = script.GetMembers(function.Name).OfType<IMethodSymbol>().ToList();
        foreach (var method in candidates)
        {
            var parameters = method.Parameters.Select(p => TypeNames.Of(p.Type)).ToList();
            if (parameters.SequenceEqual(wantedParameters) && TypeNames.Of(method.ReturnType) == wantedReturn
                && method.Parameters.All(p => p.RefKind == RefKind.None))
                return new Bound(function.Name, parameters);
        }
        if (candidates.Count > 0)
        {
            var found = candidates[0];
            var foundSignature = $"{TypeNames.Of(found.ReturnType)} {found.Name}"
                                 + $"({string.Join(", ", found.Parameters.Select(p => TypeNames.Of(p.Type)))})";
            return new WrongSignature($"expected `{function.Signature}`, found `{foundSignature}`");
        }
        return new Missing(
            $"no top-level function `{function.Name}`; expected `{function.Signature}`{Hint(script, function.Name)}");
    }

    static string Hint(INamedTypeSymbol script, string name)
    {
        var sameNameOtherCase = script.GetMembers().OfType<IMethodSymbol>()
            .FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
        if (sameNameOtherCase is not null) return $" (found `{sameNameOtherCase.Name}`: names are case-sensitive)";
        var nested = script.GetTypeMembers().FirstOrDefault(t => !t.GetMembers(name).IsEmpty);
        return nested is null ? "" : $" (found it inside `{nested.Name}`: declare it at the top level of the script)";
    }
}
