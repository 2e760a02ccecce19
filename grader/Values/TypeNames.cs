using Microsoft.CodeAnalysis;

namespace Grader.Values;

/// <summary>
/// One canonical C# spelling of a type ("double[,]", "long", "(double[], double)") so that a signature
/// written in assignment.json, a Roslyn symbol and a runtime Type compare as plain strings.
/// </summary>
public static class TypeNames
{
    static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(double)] = "double", [typeof(float)] = "float", [typeof(int)] = "int", [typeof(long)] = "long",
        [typeof(bool)] = "bool", [typeof(string)] = "string", [typeof(void)] = "void",
    };

    public static string Of(Type type)
    {
        if (Keywords.TryGetValue(type, out var keyword)) return keyword;
        if (type.IsArray) return Of(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        if (IsValueTuple(type)) return "(" + string.Join(", ", type.GetGenericArguments().Select(Of)) + ")";
        return type.FullName ?? type.Name;
    }

    public static string Of(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => Of(array.ElementType) + "[" + new string(',', array.Rank - 1) + "]",
        INamedTypeSymbol { IsTupleType: true } tuple => "(" + string.Join(", ", tuple.TupleElements.Select(e => Of(e.Type))) + ")",
        _ => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
    };

    // Spec strings are written by people: "double[ , ]" and "(double[] dx,double db)" mean the same as the canonical form.
    public static string Normalize(string spelling)
    {
        var withoutNames = System.Text.RegularExpressions.Regex.Replace(spelling, @"([\]\w])\s+\w+\s*(?=[,)])", "$1");
        return System.Text.RegularExpressions.Regex.Replace(withoutNames.Replace(" ", ""), ",(?![^\\[]*\\])", ", ");
    }

    public static bool IsValueTuple(Type type) =>
        type.IsGenericType && type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal);
}
