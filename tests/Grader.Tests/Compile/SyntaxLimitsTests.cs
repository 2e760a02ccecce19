using Grader.Compile;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Tests.Compile;

/// <summary>
/// The shapes the compiler cannot be stopped in are refused before binding, with the line; everyday uses of the same
/// features (constants, string joins, long sums, interpolation) are not.
/// </summary>
public class SyntaxLimitsTests
{
    static string? Problem(string script) => SyntaxLimits.Problem(
        CSharpSyntaxTree.ParseText(script, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script)),
        CancellationToken.None);

    static string Sum(int terms) => string.Join(" + ", Enumerable.Repeat("x[0]", terms));

    [Test]
    public void EverydayConstantsJoinsAndSumsPass() => Assert.That(Problem($$"""
        const int Rows = 3, Cols = Rows * 2;
        const double Eps = 1e-8;
        const string Separator = ", ";
        enum Mode { A, B }
        const Mode Default = Mode.B;
        string Show(double[] x) => string.Join(Separator, x) + Separator + $"{x[0]}{Separator}{Eps}";
        double Big(double[] x) => {{Sum(500)}};
        """), Is.Null);

    [Test]
    public void ConstantsThatDoubleAreRefusedAtTheirLine()
    {
        Assert.That(Problem("const string a = \"xx\";\nconst string b = a + a;"),
                    Does.StartWith("line 2: a constant built by joining"));
        Assert.That(Problem("void F() {\n const string a = \"x\";\n const string b = $\"{a}{a}\"; }"),
                    Does.StartWith("line 3: "));
    }

    [Test]
    public void AChainLongerThanTheLimitIsRefusedAndOneWithinItIsNot()
    {
        Assert.That(Problem($"double F(double[] x) => {Sum(SyntaxLimits.MaxDepth + 1)};"),
                    Does.Contain("nested more than 1000"));
        Assert.That(Problem($"double F(double[] x) => {Sum(SyntaxLimits.MaxDepth - 10)};"), Is.Null);
    }

    [Test]
    public void ConstantTextCopiedPastTheLimitIsRefusedEvenThroughAnAlias()
    {
        var text = new string('t', 60_000);
        var eighteenUses = string.Join(" + ", Enumerable.Repeat("b", 18));
        Assert.That(Problem($"const string a = \"{text}\";\nconst string b = a;\nint n = ({eighteenUses}).Length;"),
                    Does.StartWith("constants are copied 1,140,038 characters' worth"),
                    "18 uses of b, one of a, 60,002 each");
        Assert.That(Problem($"const string a = \"{text}\";\nint n = (a + a).Length;"), Is.Null);
    }

    [Test]
    public void ATokenPastTheLimitIsRefused() =>
        Assert.That(Problem($"string s = \"{new string('t', SyntaxLimits.MaxTokenLength)}\";"),
                    Does.StartWith("line 1: a literal or name longer than 64 K"));

    [Test]
    public void AnInterpolationWithTooManyHolesIsRefused() =>
        Assert.That(Problem("string F(int a) => $\"" +
                            string.Concat(Enumerable.Repeat("{a}", SyntaxLimits.MaxInterpolations + 1)) + "\";"),
                    Does.StartWith("line 1: an interpolated string with more than 256 holes"));
}
