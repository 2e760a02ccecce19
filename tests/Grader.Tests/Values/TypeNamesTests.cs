using Grader.Values;

namespace Grader.Tests.Values;

public class TypeNamesTests
{
    [TestCase(typeof(double[,]), "double[,]")]
    [TestCase(typeof(double[][,]), "double[][,]")]
    [TestCase(typeof(int[,][]), "int[,][]")]
    [TestCase(typeof(long), "long")]
    [TestCase(typeof((double[], double)), "(double[], double)")]
    public void RuntimeTypesHaveOneCanonicalSpelling(Type type, string spelling) =>
        Assert.That(TypeNames.Of(type), Is.EqualTo(spelling));

    [TestCase("double[ , ]", "double[,]")]
    [TestCase("(double[] dx,double db)", "(double[], double)")]
    [TestCase("int", "int")]
    public void SpecSpellingsAreNormalised(string written, string canonical) =>
        Assert.That(TypeNames.Normalize(written), Is.EqualTo(canonical));

    [Test]
    public void RoslynSymbolsSpellJaggedArraysTheWayCSharpDoes()
    {
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            "class C { double[][,] F(int[,][] x) => null; }");
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "t", [tree], Grader.Compile.AllowedReferences.All);
        var method = compilation.GetTypeByMetadataName("C")!.GetMembers("F")
            .OfType<Microsoft.CodeAnalysis.IMethodSymbol>().Single();
        Assert.That(TypeNames.Of(method.ReturnType), Is.EqualTo("double[][,]"));
        Assert.That(TypeNames.Of(method.Parameters[0].Type), Is.EqualTo("int[,][]"));
    }
}
