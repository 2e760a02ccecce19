using Grader.Compile;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Tests.Compile;

/// <summary>
/// The IL guard on its own: it must catch what a source walk could miss, and pass the compiler's own machinery.
/// </summary>
public class ImageGuardTests
{
    // Compiled without the source guard, as if a trick had slipped past it.
    static byte[] EmitUnguarded(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(kind: SourceCodeKind.Script));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithUsings(AllowedReferences.Imports);
        var compilation = CSharpCompilation.CreateScriptCompilation("probe", tree, AllowedReferences.All, options);
        using var image = new MemoryStream();
        Assert.That(compilation.Emit(image).Success);
        return image.ToArray();
    }

    [Test]
    public void BannedCallsInTheImageAreReportedWithTheirCategory()
    {
        var problems = ImageGuard.Check(EmitUnguarded("""
            System.IO.File.Delete("x");
            System.Environment.Exit(1);
            var t = System.Threading.Tasks.Task.FromResult(1).Result;
            """)).Problems;
        Assert.That(problems, Is.EquivalentTo(new[]
        {
            "System.Environment.Exit (the environment)", "System.IO.File.Delete (files)",
            "System.Threading.Tasks.Task.FromResult (threads and tasks)",
            "System.Threading.Tasks.Task`1.get_Result (threads and tasks)",
        }));
    }

    [Test]
    public void PlainHomeworkCodePassesIncludingTheScriptMachinery()
    {
        var source = File.ReadAllText(Path.Combine(Fixtures.Bundled("conv-backprop"), "examples", "correct.csx"))
                     + "\nint[] a = { 1, 2, 3, 4, 5, 6, 7, 8 }; var s = $\"{a[1..3].Length}\";"
                     + " Console.WriteLine(a.Sum());";
        Assert.That(ImageGuard.Check(EmitUnguarded(source)).Problems, Is.Empty);
    }

    [Test]
    public void LayoutAndRuntimeSuppliedBodiesLeaveNoMemberReferenceButAreCaught()
    {
        var problems = ImageGuard.Check(EmitUnguarded("""
            using System.Runtime.InteropServices;
            using System.Runtime.CompilerServices;
            [StructLayout(LayoutKind.Explicit)]
            class Overlay { [FieldOffset(0)] public object A = null!; [FieldOffset(0)] public string B = null!; }
            [UnsafeAccessor(UnsafeAccessorKind.Constructor)] static extern System.IO.StringReader Open(string text);
            """)).Problems;
        Assert.That(problems, Has.Some.StartsWith("explicit layout of Overlay")
                                 .And.Some.StartsWith("field layout of A")
                                 .And.Some.StartsWith("method Open without a body"));
    }

    [Test]
    public void IteratorsIndexersAndDelegatesAreHomeworkCode() =>
        Assert.That(ImageGuard.Check(EmitUnguarded("""
            IEnumerable<int> Squares(int n) { for (int i = 0; i < n; i++) yield return i * i; }
            class Grid { readonly double[] cells = new double[4]; public double this[int i] => cells[i]; }
            delegate double Op(double x);
            interface IShape { double Area(); }
            """)).Problems, Is.Empty);
}

/// <summary>A refused use the source walk cannot place is pinned to the member whose IL makes it.</summary>
public class ImplicitUsesTests
{
    static SyntaxTree Tree(string source) =>
        CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(kind: SourceCodeKind.Script));

    static ImageFindings Image(SyntaxTree tree)
    {
        var compilation = CSharpCompilation.CreateScriptCompilation("probe", tree, AllowedReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithUsings(AllowedReferences.Imports));
        using var image = new MemoryStream();
        Assert.That(compilation.Emit(image).Success);
        return ImageGuard.Check(image.ToArray());
    }

    [Test]
    public void EachUseIsPinnedToItsOwnMemberEvenInsideALambdaOrAType()
    {
        var tree = Tree("""
            double[] Honest(double[] x) => x;
            double[] Lambda(double[] x) { Func<bool> f = () => System.IO.File.Exists("a"); return x; }
            class Helper { public void Run() => System.Environment.Exit(1); }
            """);
        var pinned = ImplicitUses.Pin(tree, Image(tree));
        var lines = pinned.Select(d => (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.GetMessage())).ToList();
        Assert.That(lines, Has.Count.EqualTo(2));
        Assert.That(lines, Has.Some.Matches<(int Line, string Message)>(p => p.Line == 2
            && p.Message.Contains("`File.Exists`") && p.Message.Contains("in `Lambda`")
            && p.Message.Contains("as parameters")));
        Assert.That(lines, Has.Some.Matches<(int Line, string Message)>(p => p.Line == 3
            && p.Message.Contains("`Environment.Exit`")));
    }

    [Test]
    public void WhatTheCompilerEmitsForARecordOrALockIsNotTheStudents()
    {
        var image = Image(Tree("record R(int A); object gate = new(); void M() { lock (gate) { } }"));
        Assert.That(image.Problems, Is.Empty);
        Assert.That(image.UsesCompilerOnlyMembers, "so the source walk runs in full");
    }

    [Test]
    public void NamingACompilerOnlyMemberIsStillRefusedAtTheStudentsLine()
    {
        var compiled = ScriptCompiler.Compile("""
            double[] Conv1D(double[] x, double[] w)
            {
                System.Threading.Monitor.Enter(x);
                return x;
            }
            """, "student.csx", Fixtures.Load(Fixtures.Tiny).Spec.Questions);
        Assert.That(compiled, Is.TypeOf<Compiled>());
        Assert.That(((Compiled)compiled).Errors,
                    Has.Some.Contains("line 3").And.Some.Contains("`Monitor.Enter` is not allowed"));
    }
}
