using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Grader.Compile;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Tests.Compile;

/// <summary>A line is found from a PDB made after the fact only when that PDB describes the very IL that ran.</summary>
public class SourceLinesTests
{
    const string Source =
        "class C\n{\n    int Switched(int n)\n    {\n        var k = n switch { 1 => 1, _ => 2 };\n" +
        "        return k / 0;\n    }\n    int Plain(int n)\n    {\n        var a = n + 1;\n        return a / 0;\n" +
        "    }\n}\n";

    // The image as the grader sends most scripts to workers: without a PDB.
    static (SourceLines Lines, Func<string, int> Token) CompileWithoutPdb()
    {
        var compilation = CSharpCompilation.Create("t", [CSharpSyntaxTree.ParseText(Source)], AllowedReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                                         optimizationLevel: OptimizationLevel.Debug));
        using var image = new MemoryStream();
        Assert.That(compilation.Emit(image).Success);
        var metadata = new PEReader(ImmutableArray.Create(image.ToArray())).GetMetadataReader();
        int Token(string name) => MetadataTokens.GetToken(metadata.MethodDefinitions
            .Single(m => metadata.GetString(metadata.GetMethodDefinition(m).Name) == name));
        return (new SourceLines(compilation, image.ToArray()), Token);
    }

    [Test]
    public void AMethodWhoseILIsUnchangedGetsItsLine()
    {
        var (lines, token) = CompileWithoutPdb();
        Assert.That(lines.PlaceOf([new CodeOffset(token("Plain"), 7)])?.Line, Is.EqualTo(11));
    }

    [Test]
    public void AMethodWhoseILChangesWithAPdbGetsNoLineRatherThanAWrongOne()
    {
        var (lines, token) = CompileWithoutPdb();
        Assert.That(lines.PlaceOf([new CodeOffset(token("Switched"), 30)]), Is.Null);
    }
}
