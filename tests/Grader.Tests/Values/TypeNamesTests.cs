using Grader.Values;

namespace Grader.Tests.Values;

public class TypeNamesTests
{
    [TestCase(typeof(double[,]), "double[,]")]
    [TestCase(typeof(double[][,]), "double[,][]")]
    [TestCase(typeof(long), "long")]
    [TestCase(typeof((double[], double)), "(double[], double)")]
    public void RuntimeTypesHaveOneCanonicalSpelling(Type type, string spelling) =>
        Assert.That(TypeNames.Of(type), Is.EqualTo(spelling));

    [TestCase("double[ , ]", "double[,]")]
    [TestCase("(double[] dx,double db)", "(double[], double)")]
    [TestCase("int", "int")]
    public void SpecSpellingsAreNormalised(string written, string canonical) =>
        Assert.That(TypeNames.Normalize(written), Is.EqualTo(canonical));
}
