using Grader.Assignments;

namespace Grader.Tests.Cli;

public class VerifyDiagnosisTests
{
    // The five seed students' mistakes, each an example whose report must name it.
    [TestCase("architecture", "seed001-receptive-field-13-not-21.csx", "receptive-field", "pooling-stride-ignored")]
    [TestCase("architecture", "seed001-networks-compared-backwards.csx", "mult-ratio", "inverted")]
    [TestCase("normalization", "seed001-bn-dx-without-statistics.csx", "bn-dx", "without-statistics")]
    [TestCase("mlp-backprop", "seed003-target-sign-flipped.csx", "loss", "target-sign-flipped")]
    [TestCase("conv-backprop", "seed004-dy-padded-by-one.csx", "dX", "dy-padded-by-one")]
    public void EverySeedMistakeHasAnExampleThatMustBeDiagnosed(
        string assignment, string example, string question, string mistake)
    {
        var expected = Json.Read<Dictionary<string, ExpectedScore>>(Path.Combine(Fixtures.Bundled(assignment),
            "examples", "expected.json"));
        Assert.That(expected[example].Diagnoses[question], Is.EqualTo(mistake));
        Assert.That(File.Exists(Path.Combine(Fixtures.Bundled(assignment), "examples", example)));
    }

    [TestCase("""{ "seed004-dy-padded-by-one.csx": { "score": 70, "diagnoses": { "dX": "dy-padded-by-one" } } }""", 0)]
    [TestCase("""{ "seed004-dy-padded-by-one.csx": { "score": 70, "diagnoses": { "dX": "kernel-not-rotated" } } }""",
              1)]
    [TestCase("""{ "seed004-dy-padded-by-one.csx": { "score": 70 } }""", 1)]
    [TestCase("""{ "seed004-dy-padded-by-one.csx": { "score": 70, "diagnoses": { "dX": null } } }""", 1)]
    public void VerifyFailsOnAMissingOrDifferentDiagnosis(string expectedJson, int problems)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"verify-diagnosis-{Guid.NewGuid():N}");
        var bundled = Fixtures.Bundled("conv-backprop");
        Directory.CreateDirectory(Path.Combine(dir, "examples"));
        Directory.CreateDirectory(Path.Combine(dir, "cases"));
        File.Copy(Path.Combine(bundled, AssignmentLoader.SpecFile), Path.Combine(dir, AssignmentLoader.SpecFile));
        File.Copy(AssignmentLoader.PublicCasesPath(bundled), AssignmentLoader.PublicCasesPath(dir));
        File.Copy(AssignmentLoader.HiddenCasesPath(bundled), AssignmentLoader.HiddenCasesPath(dir));
        File.Copy(Path.Combine(bundled, "examples", "seed004-dy-padded-by-one.csx"), Path.Combine(dir, "examples",
            "seed004-dy-padded-by-one.csx"));
        File.WriteAllText(Path.Combine(dir, "examples", "expected.json"), expectedJson);
        try
        {
            Assert.That(Grader.Pipeline.Verification.RunAsync(Fixtures.Session(), dir, 1).GetAwaiter().GetResult(),
                        Is.EqualTo(problems));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
