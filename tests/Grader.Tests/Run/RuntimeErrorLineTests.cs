using Grader.Assignments;
using Grader.Compile;
using Grader.Run;

namespace Grader.Tests.Run;

/// <summary>
/// A runtime error names the line the student wrote: in a helper, a lambda, top-level code or a second file.
/// </summary>
public class RuntimeErrorLineTests
{
    static readonly Assignment Tiny = Fixtures.Load(Fixtures.Tiny);

    // How the script's top-level code failed (null when it ran to the end), and what the first case of conv1d did.
    static (RunOutcome? Load, RunOutcome? FirstCase) Run(string source, IReadOnlySet<int>? joinLines = null)
    {
        var compiled = (Compiled)ScriptCompiler.Compile(source, "student.csx", Tiny.Spec.Questions, joinLines);
        using var pool = new WorkerPool(1, Tiny.Spec.MemoryLimitMb, WorkerLaunch.Default());
        using var lease = pool.Rent();
        var runner = new SubmissionRunner(lease, compiled, Tiny.Spec);
        if (runner.LoadScript() is ScriptLoad.Failed failed) return (failed.Outcome, null);
        var question = Tiny.Spec.Questions.Single(q => q.Id == "conv1d");
        return (null, runner.Run((Bound)compiled.Bindings["conv1d"], Tiny.CasesOf(question)).First());
    }

    static int? LineOf(RunOutcome? outcome) =>
        outcome is Threw threw
            ? threw.Where?.Line
            : throw new AssertionException($"expected an exception, got {outcome}");

    // The line the first case of conv1d failed at, and the line the top-level code failed at.
    static int? CaseLine(string source) => LineOf(Run(source).FirstCase);
    static int? LoadLine(string source) => LineOf(Run(source).Load);

    [Test]
    public void AnErrorInAHelperNamesTheHelpersLine() =>
        Assert.That(CaseLine("""
            double[] Conv1D(double[] x, double[] w)
            {
                return Shift(x, w.Length);
            }

            double[] Shift(double[] x, int by)
            {
                var y = new double[x.Length];
                for (int i = 0; i < y.Length; i++)
                    y[i] = x[i + by];
                return y;
            }
            """), Is.EqualTo(10));

    [Test]
    public void AnErrorInALambdaNamesTheLambdasLine() =>
        Assert.That(CaseLine("""
            double[] Conv1D(double[] x, double[] w)
            {
                return x.Select((v, i) =>
                    v * w[i])
                    .ToArray();
            }
            """), Is.EqualTo(4));

    [Test]
    public void AnErrorInTopLevelCodeNamesItsLine() =>
        Assert.That(LoadLine("""
            var table = new int[2];

            table[5] = 1;
            double[] Conv1D(double[] x, double[] w) => x;
            """), Is.EqualTo(3));

    // Roslyn writes extra IL for a switch expression only when it writes a PDB: the line must come from the IL that
    // ran.
    [Test]
    public void AnErrorAfterASwitchExpressionNamesItsLine() =>
        Assert.That(CaseLine("""
            double[] Conv1D(double[] x, double[] w)
            {
                var k = w.Length switch { 1 => 1, _ => 2 };
                var a = k + 1;
                var b = a + 1;
                return new double[b - 100];
            }
            """), Is.EqualTo(6));

    [Test]
    public void AnErrorInTopLevelCodeAfterASwitchExpressionNamesItsLine() =>
        Assert.That(LoadLine("""
            var mode = One() switch { 1 => "a", _ => "b" };
            int One() => 1;
            var t = new int[2];
            t[5] = 1;
            double[] Conv1D(double[] x, double[] w) => x;
            """), Is.EqualTo(4));

    [Test]
    public void FindingTheLineOfALargeScriptIsNotOnTheCasesClock()
    {
        // Thousands of helpers: making this script's PDB takes longer than the case's time limit.
        var helpers = string.Concat(Enumerable.Range(0, 16000).Select(i => $"int H{i}(int v) => v + {i};\n"));
        var (_, first) = Run("double[] Conv1D(double[] x, double[] w) => "
                             + "throw new InvalidOperationException(\"early\");\n" + helpers);
        Assert.That(first, Is.TypeOf<Threw>());
        Assert.That(LineOf(first), Is.EqualTo(1));
    }

    [Test]
    public void AnErrorInASecondFileNamesTheLineInThatFile()
    {
        var source = """
            #line 1 "a.csx"
            double[] Conv1D(double[] x, double[] w) => Twice(x, w);
            #line 1 "b.csx"
            // helpers
            double[] Twice(double[] x, double[] w)
            {
                throw new InvalidOperationException("no");
            }

            """;
        var threw = (Threw)Run(source, new HashSet<int> { 0, 2 }).FirstCase!;
        Assert.That(threw.Where, Is.EqualTo(new SourcePlace("b.csx", 4)));
        Assert.That(Grader.Check.CaseJudge.Explain(new Grader.Check.DidNotReturn(threw)),
                    Does.EndWith("(b.csx, line 4)"));
    }

    [Test]
    public void ASingleScriptsErrorNamesTheLineAlone()
    {
        var threw = (Threw)Run("double[] Conv1D(double[] x, double[] w) => throw new Exception(\"no\");").FirstCase!;
        Assert.That(threw.Where, Is.EqualTo(new SourcePlace(null, 1)));
    }
}
