using Grader.Assignments;
using Grader.Cases;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Cases;

/// <summary>A solution.csx and mistake scripts, run in workers, give the cases a compiled answer key gives.</summary>
public class ScriptedKeysTests
{
    static string Scripted => Path.Combine(Fixtures.Root, "scripted");

    // The fixture's scripts are the compiled reference and mistake, written as script text.
    static AssignmentSpec CompiledTwin(AssignmentSpec spec) => spec with
    {
        Questions = [.. spec.Questions.Select(q => q.Id != "mse-grad" ? q : q with
        {
            Reference = "Losses.MeanSquaredErrorGradient",
            Mistakes = [.. q.Mistakes.Select(m => m.IsScripted
                ? m with { Reference = "LossesMistakes.MeanSquaredErrorGradientWithoutOneOverN" } : m)],
        })],
    };

    [Test]
    public void ScriptsGiveTheSameCasesAsTheCompiledKey()
    {
        var spec = Json.Read<AssignmentSpec>(Path.Combine(Scripted, AssignmentLoader.SpecFile));
        var (scriptedPublic, scriptedHidden) = CaseGenerator.Generate(spec, Scripted);
        var (compiledPublic, compiledHidden) = CaseGenerator.Generate(CompiledTwin(spec));
        Assert.That(Json.Write(scriptedPublic), Is.EqualTo(Json.Write(compiledPublic)));
        Assert.That(Json.Write(scriptedHidden), Is.EqualTo(Json.Write(compiledHidden)));
    }

    [Test]
    public void DrawsTheSolutionScriptRejectsAreDrawnAgain()
    {
        var spec = Json.Read<AssignmentSpec>(Path.Combine(Scripted, AssignmentLoader.SpecFile));
        var hidden = CaseGenerator.Generate(spec, Scripted).Hidden.Questions["mse-grad"];
        Assert.That(hidden, Has.Count.EqualTo(6));
        Assert.That(hidden.All(c => ((JArray)c.Args[0]).Count == ((JArray)c.Args[1]).Count),
                    "unequal lengths are rejected");
        Assert.That(hidden.Select(c => c.Mistakes.Keys.Order()),
            Has.All.EqualTo(new[] { "without-one-over-n", "wrong-sign" }));
    }

    [Test]
    public void AMistakeScriptCallsTheSolutionsOtherFunctions()
    {
        var source = MistakeSource.Join("double Half(double x) => x / 2;\ndouble Twice(double x) => 2 * x;\n",
            "mistakes/m.csx", "double Twice(double x) => Half(x);\n");
        Assert.That(source.Text, Does.Contain("double Half").And.Contain("=> Half(x)"));
        Assert.That(source.Text.Split('\n'), Has.Exactly(1).Contains("double Twice"),
                    "the solution's Twice is taken out");
    }

    // The bundled softmax-regression key, checked independently: its loss against the compiled reference's softmax
    // cross-entropy, its gradient against central differences of its loss, on every case `cases` wrote.
    [Test]
    public void TheSoftmaxRegressionSolutionAgreesWithTheReferenceAndFiniteDifferences()
    {
        var dir = Fixtures.Bundled("softmax-regression");
        var spec = Json.Read<AssignmentSpec>(Path.Combine(dir, AssignmentLoader.SpecFile));
        using var keys = ScriptedKeys.Open(spec, dir)!;
        var loss = keys.Solution(spec.Questions.Single(q => q.Id == "loss"));
        var cases = Fixtures.Load(dir).Cases["gradient"];
        Assert.That(cases, Has.Count.GreaterThanOrEqualTo(8));
        foreach (var graded in cases)
        {
            var (w, x, y, lambda) = (graded.Args[0].ToObject<double[,]>()!, graded.Args[1].ToObject<double[,]>()!,
                graded.Args[2].ToObject<int[]>()!, graded.Args[3].Value<double>());
            var classes = Enumerable.Range(0, w.GetLength(0));
            double crossEntropy = Enumerable.Range(0, y.Length).Average(n =>
                Grader.Reference.Losses.SoftmaxCrossEntropy(
                    classes.Select(k => Enumerable.Range(0, w.GetLength(1)).Sum(d => w[k, d] * x[n, d])).ToArray(),
                    classes.Select(k => k == y[n] ? 1.0 : 0.0).ToArray()));
            double penalty = lambda / 2 * w.Cast<double>().Sum(v => v * v);
            Assert.That(loss(graded.Args).Value<double>(), Is.EqualTo(crossEntropy + penalty).Within(1e-9),
                        graded.Name);
            var gradient = graded.Expected.ToObject<double[,]>()!;
            const double h = 1e-5;
            for (int k = 0; k < w.GetLength(0); k++)
                for (int d = 0; d < w.GetLength(1); d++)
                {
                    double LossAt(double delta)
                    {
                        var moved = (double[,])w.Clone();
                        moved[k, d] += delta;
                        var args = new JArray(JArray.FromObject(moved), graded.Args[1], graded.Args[2], graded.Args[3]);
                        return loss(args).Value<double>();
                    }
                    Assert.That(gradient[k, d], Is.EqualTo((LossAt(h) - LossAt(-h)) / (2 * h)).Within(1e-5),
                        $"{graded.Name} [{k}, {d}]");
                }
        }
    }
}
