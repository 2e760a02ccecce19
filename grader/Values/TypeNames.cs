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
        if (type.IsArray)
            return ArraySpelling(type, t => t.IsArray ? (t.GetElementType()!, t.GetArrayRank()) : null, Of);
        if (IsValueTuple(type)) return "(" + string.Join(", ", type.GetGenericArguments().Select(Of)) + ")";
        return type.FullName ?? type.Name;
    }

    public static string Of(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol => ArraySpelling(type, t => t is IArrayTypeSymbol a ? (a.ElementType, a.Rank) : null, Of),
        INamedTypeSymbol { IsTupleType: true } tuple =>
            "(" + string.Join(", ", tuple.TupleElements.Select(e => Of(e.Type))) + ")",
        _ => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
    };

    // C# writes the outermost rank first: double[][,] is an array of double[,]. So walk inwards, appending each rank.
    static string ArraySpelling<T>(T type, Func<T, (T Element, int Rank)?> unwrap, Func<T, string> name)
    {
        var ranks = new System.Text.StringBuilder();
        while (unwrap(type) is var (element, rank))
        {
            ranks.Append('[').Append(',', rank - 1).Append(']');
            type = element;
        }
        return name(type) + ranks;
    }

    // Spec strings are written by people: "double[ , ]" and
    // "(double[] dx,double db)" mean the same as the canonical form.
    public static string Normalize(string spelling)
    {
        var withoutNames = System.Text.RegularExpressions.Regex.Replace(spelling, @"([\]\w])\s+\w+\s*(?=[,)])", "$1");
        return System.Text.RegularExpressions.Regex.Replace(withoutNames.Replace(" ", ""), ",(?![^\\[]*\\])", ", ");
    }

    public static bool IsValueTuple(Type type) =>
        type.IsGenericType && type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal);
}
