using Grader.Assignments;
using Grader.Cases;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Cases;

public class CaseGeneratorTests
{
    static AssignmentSpec Spec(string dims) => JObject.Parse($$"""
        { "id": "t", "title": "t", "questions": [ {
            "id": "q", "title": "q", "points": 1,
            "function": { "name": "Conv1D", "parameters": ["double[]", "double[]"], "returns": "double[]" },
            "reference": "Convolution1D.Conv1D",
            "cases": [ { "name": "fixed", "args": [[1, 2, 3], [1, 1]] } ],
            "random": [ { "count": 20, "seed": 3, "dims": {{dims}},
                          "args": [ { "tensor": ["n"] }, { "tensor": ["k"] } ] } ] } ] }
        """).ToObject<AssignmentSpec>(Newtonsoft.Json.JsonSerializer.Create(Json.Strict))!;

    [Test]
    public void TheSameSpecGivesByteIdenticalCases()
    {
        var spec = Spec("""{ "n": "1..6", "k": "1..n" }""");
        Assert.That(Json.Write(CaseGenerator.Generate(spec).Hidden),
                    Is.EqualTo(Json.Write(CaseGenerator.Generate(spec).Hidden)));
    }

    [Test]
    public void DrawsTheReferenceRejectsAreDrawnAgain()
    {
        // k may exceed n here; Conv1D rejects those shapes, so every case kept has a kernel that fits.
        var hidden = CaseGenerator.Generate(Spec("""{ "n": "1..4", "k": "1..6" }""")).Hidden.Questions["q"];
        Assert.That(hidden, Has.Count.EqualTo(20));
        Assert.That(hidden.All(c => ((JArray)c.Args[1]).Count <= ((JArray)c.Args[0]).Count));
    }

    [Test]
    public void FixedCasesCarryTheReferenceAnswer()
    {
        var fixedCase = CaseGenerator.Generate(Spec("""{ "n": "3", "k": "1" }""")).Public.Questions["q"].Single();
        Assert.That(fixedCase.Expected.ToObject<double[]>(), Is.EqualTo(new[] { 3.0, 5.0 }));
    }

    [Test]
    public void TheBundledConvAssignmentHasSeed004AsAPublicCase()
    {
        var dW = Fixtures.Load(Fixtures.Bundled("conv-backprop"), publicOnly: true).Cases["dW"]
            .Single(c => c.Name == "seed 004 worked example");
        Assert.That(dW.Public);
        Assert.That(dW.Expected.ToString(Newtonsoft.Json.Formatting.None),
                    Is.EqualTo("[[[[-2.0,0.0,2.0],[0.0,3.0,-2.0],[2.0,-1.0,0.0]]]]"));
    }

    [Test]
    public void BernoulliTensorsAreBooleanMasks()
    {
        var spec = new RandomCasesSpec
        {
            Dims = JObject.Parse("""{ "n": "2", "d": "3" }"""),
            Args = [new ArgSpec { Tensor = ["n", "d"], Bernoulli = 0.5 }],
        };
        var mask = (JArray)RandomArguments.Draw(spec, new Random(1))[0];
        Assert.That(mask.SelectMany(row => row).Select(v => v.Type), Is.All.EqualTo(JTokenType.Boolean));
        Assert.That(Grader.Values.JsonValues.ToObject(mask, typeof(bool[,])), Is.TypeOf<bool[,]>());
    }

    [Test]
    public void AnEmptyTensorShapeDrawsAScalar()
    {
        var spec = new RandomCasesSpec { Args = [new ArgSpec { Tensor = [], Range = [2, 3] }] };
        var scalar = RandomArguments.Draw(spec, new Random(1))[0];
        Assert.That(scalar.Type, Is.EqualTo(JTokenType.Float));
        Assert.That((double)scalar, Is.InRange(2.0, 3.0));
    }

    [Test]
    public void ACaseMayCarryItsAnswerAsDataWithoutAReference()
    {
        var spec = JObject.Parse("""
            { "id": "t", "title": "t", "questions": [ { "id": "table", "title": "table", "points": 1,
              "function": { "name": "Table", "parameters": [], "returns": "double[]" },
              "cases": [ { "name": "measured", "args": [], "expected": [0.98, 0.97] } ] } ] }
            """).ToObject<AssignmentSpec>(Newtonsoft.Json.JsonSerializer.Create(Json.Strict))!;
        var graded = CaseGenerator.Generate(spec).Public.Questions["table"].Single();
        Assert.That(graded.Expected.ToString(Newtonsoft.Json.Formatting.None), Is.EqualTo("[0.98,0.97]"));
    }

    [Test]
    public void RandomDrawsNeverRepeatACase()
    {
        // 25 integers from 0..30 would repeat one almost surely (birthday odds); a repeat is drawn again.
        var spec = JObject.Parse("""
            { "id": "t", "title": "t", "questions": [ { "id": "s", "title": "s", "points": 1,
              "function": { "name": "Sigmoid", "parameters": ["double"], "returns": "double" },
              "reference": "Activations.Sigmoid",
              "cases": [ { "name": "zero", "public": false, "args": [0] } ],
              "random": [ { "count": 25, "seed": 1, "args": [ { "tensor": [], "integers": true, "range": [0,
                  30] } ] } ] } ] }
            """).ToObject<AssignmentSpec>(Newtonsoft.Json.JsonSerializer.Create(Json.Strict))!;
        var hidden = CaseGenerator.Generate(spec).Hidden.Questions["s"];
        Assert.That(hidden.Select(c => c.ArgsJson).Distinct().Count(), Is.EqualTo(26));
    }
}
