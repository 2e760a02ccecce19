namespace Grader.Cases;

/// <summary>
/// Integer arithmetic over named dims for random case shapes: + − * / (integer division, floor for positives),
/// parentheses, numbers and names. "(h + 2*p - k) / s + 1" is the output size of a convolution.
/// </summary>
public sealed class DimExpression(string text, IReadOnlyDictionary<string, int> dims)
{
    int position;

    public static int Evaluate(string text, IReadOnlyDictionary<string, int> dims)
    {
        var parser = new DimExpression(text, dims);
        int value = parser.Sum();
        parser.SkipSpaces();
        if (parser.position != text.Length) throw parser.Error("unexpected text");
        return value;
    }

    int Sum()
    {
        int value = Product();
        while (true)
        {
            if (Take('+')) value += Product();
            else if (Take('-')) value -= Product();
            else return value;
        }
    }

    int Product()
    {
        int value = Atom();
        while (true)
        {
            if (Take('*')) value *= Atom();
            else if (Take('/')) value = Divide(value, Atom());
            else return value;
        }
    }

    int Divide(int numerator, int denominator) =>
        denominator == 0 ? throw Error("division by zero") : (int)Math.Floor((double)numerator / denominator);

    int Atom()
    {
        SkipSpaces();
        if (Take('(')) { int value = Sum(); return Take(')') ? value : throw Error("missing )"); }
        if (Take('-')) return -Atom();
        int start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_')) position++;
        var token = text[start..position];
        if (token.Length == 0) throw Error("expected a number or a name");
        if (int.TryParse(token, out var number)) return number;
        return dims.TryGetValue(token, out var dim) ? dim : throw Error($"unknown dim '{token}'");
    }

    bool Peek(char c) { SkipSpaces(); return position < text.Length && text[position] == c; }
    bool Take(char c) { if (!Peek(c)) return false; position++; return true; }
    void SkipSpaces() { while (position < text.Length && text[position] == ' ') position++; }
    FormatException Error(string what) => new($"dim expression '{text}': {what} at {position}");
}
