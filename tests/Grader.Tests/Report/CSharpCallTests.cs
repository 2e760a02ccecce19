using Grader.Assignments;
using Grader.Report;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Report;

/// <summary>
/// The call a student pastes: each parameter type's literal, and the line compiles against the signature.
/// </summary>
public class CSharpCallTests
{
    [TestCase("[1, 2.5]", "double[]", "new double[] { 1, 2.5 }")]
    [TestCase("[[1, 2], [3, 4]]", "double[,]", "new double[,] { { 1, 2 }, { 3, 4 } }")]
    [TestCase("[[[1]], [[2, 3]]]", "double[][,]",
              "new double[][,] { new double[,] { { 1 } }, new double[,] { { 2, 3 } } }")]
    [TestCase("[]", "double[]", "new double[0]")]
    [TestCase("[[], []]", "double[,]", "new double[2, 0]")]
    [TestCase("[]", "double[][]", "new double[0][]")]
    [TestCase("\"NaN\"", "double", "double.NaN")]
    [TestCase("\"-Infinity\"", "double", "double.NegativeInfinity")]
    [TestCase("0.5", "float", "0.5f")]
    [TestCase("[\"relu\", \"a\\\"b\\n\"]", "string[]", "new string[] { \"relu\", \"a\\\"b\\u000a\" }")]
    [TestCase("[[1, 2], 3]", "(double[] w, double s)", "(new double[] { 1, 2 }, 3)")]
    [TestCase("true", "bool", "true")]
    public void ALiteralOfEachParameterType(string json, string type, string literal) =>
        Assert.That(CSharpCall.Literal(JToken.Parse(json), type), Is.EqualTo(literal));

    [Test]
    public void TheCallCompilesAgainstTheFunction()
    {
        var function = new FunctionSpec
        {
            Name = "Layers", Returns = "double",
            Parameters = ["double[]", "double[][,]", "string[]", "double", "int", "bool", "double[,]"],
        };
        var args = JArray.Parse(
            "[[1, -2.5], [[[1, 2]], [[3], [4]]], [\"relu\", \"x\\\"y\"], \"Infinity\", 3, false, [[1, 2], [3, 4]]]");
        var script = "double Layers(double[] a, double[][,] b, string[] c, double d, int e, bool f, double[,] g)"
                     + " => 0;\n"
                     + CSharpCall.Of(function, args);
        var tree = CSharpSyntaxTree.ParseText(script, new CSharpParseOptions(kind: SourceCodeKind.Script));
        var compilation = CSharpCompilation.CreateScriptCompilation("snippet", tree,
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]);
        Assert.That(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty, script);
    }
}
