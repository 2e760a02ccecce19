namespace Grader.Artifacts;

public sealed partial class ArtifactEvaluators
{
    private partial IEnumerable<IArtifactEvaluator> Registered() => [new CnnAccuracyEvaluator(MnistDirectory)];
}
