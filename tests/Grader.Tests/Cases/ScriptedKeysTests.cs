using Grader.Assignments;
using Grader.Cases;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Cases;

/// <summary>A solution.csx and mistake scripts, run in workers, give the case files a compiled answer key gives.</summary>
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
        Assert.That(hidden.All(c => ((JArray)c.Args[0]).Count == ((JArray)c.Args[1]).Count), "lengths that differ are rejected");
        Assert.That(hidden.Select(c => c.Mistakes.Keys.Order()), Has.All.EqualTo(new[] { "without-one-over-n", "wrong-sign" }));
    }

    [Test]
    public void AMistakeScriptCallsTheSolutionsOtherFunctions()
    {
        var source = MistakeSource.Join("double Half(double x) => x / 2;\ndouble Twice(double x) => 2 * x;\n",
            "mistakes/m.csx", "double Twice(double x) => Half(x);\n");
        Assert.That(source, Does.Contain("double Half").And.Contain("=> Half(x)"));
        Assert.That(source.Split('\n'), Has.Exactly(1).Contains("double Twice"), "the solution's Twice is taken out");
    }
}
