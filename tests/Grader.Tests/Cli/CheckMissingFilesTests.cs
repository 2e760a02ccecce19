namespace Grader.Tests.Cli;

/// <summary>`check` on a trained-cnn script handed in without its weights: the files are missing, the script is not
/// wrong.</summary>
public class CheckMissingFilesTests
{
    [Test]
    public void AScriptWithoutItsWeightsIsToldWhatIsMissingNotThatItFails()
    {
        var script = Path.Combine(Path.GetTempPath(), $"solution-{Guid.NewGuid():N}.csx");
        File.Copy(Path.Combine(Fixtures.Bundled("trained-cnn"), "examples", "correct", "solution.csx"), script);
        (int exit, string text, string _) = Fixtures.RunInProcess("check", Fixtures.Bundled("trained-cnn"), script);
        File.Delete(script);
        Assert.That(exit, Is.EqualTo(1), "the weights are not there to be measured");
        Assert.That(text, Does.Contain("weights-relu (").And.Contain("not measured, weights-relu.f32 is missing"));
        Assert.That(text, Does.Contain("Not measured, because weights-relu.f32 and weights-prelu.f32 are missing"));
        Assert.That(text,
            Does.Contain("All public cases pass.").And.Not.Contain("public cases fail").And.Not.Contain("✗"));
    }
}
