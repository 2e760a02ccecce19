namespace Grader.Artifacts;

public static partial class ArtifactEvaluators
{
    private static partial IEnumerable<IArtifactEvaluator> Registered() => [new CnnAccuracyEvaluator()];
}
