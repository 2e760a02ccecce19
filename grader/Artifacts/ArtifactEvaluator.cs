using Grader.Pipeline;
using Newtonsoft.Json.Linq;

namespace Grader.Artifacts;

/// <summary>What measuring a handed-in file gave: a closed set.</summary>
public abstract record ArtifactOutcome
{
    private protected ArtifactOutcome() { }

    /// <summary>One function per case: a new case breaks every caller at compile time.</summary>
    public T Match<T>(Func<Measured, T> measured, Func<ArtifactRejected, T> rejected) =>
#pragma warning disable CS8509 // closed by the private constructor, which the compiler cannot see
        this switch
        {
            Measured m => measured(m),
            ArtifactRejected r => rejected(r),
        };
#pragma warning restore CS8509
}
public sealed record Measured(double Value, string Description) : ArtifactOutcome;
public sealed record ArtifactRejected(string Reason) : ArtifactOutcome;

/// <summary>Measures a file a student hands in (trained weights). Trusted code:
/// no student code ever runs here.</summary>
public interface IArtifactEvaluator
{
    string Name { get; }
    /// <summary>Measures a file's bytes; the grader read them (a regular file of the student's own,
    /// never a link).</summary>
    ArtifactOutcome Evaluate(string name, byte[] bytes, JObject options);
}

/// <summary>
/// The evaluators an assignment may name, by name, over the data they measure with: the MNIST folder is the caller's
/// (a verb's --mnist), never a global. Which evaluators exist is per tool: the staff tool's are in StaffEvaluators.cs;
/// the student checker measures no file (checker/NoEvaluators.cs).
/// </summary>
public sealed partial class ArtifactEvaluators
{
    readonly Dictionary<string, IArtifactEvaluator> all;

    public ArtifactEvaluators(string mnistDirectory)
    {
        MnistDirectory = mnistDirectory;
        all = Registered().ToDictionary(e => e.Name);
    }

    private partial IEnumerable<IArtifactEvaluator> Registered();

    /// <summary>This tool can measure files for <paramref name="evaluator"/>.</summary>
    public bool Measures(string evaluator) => all.ContainsKey(evaluator);

    public string MnistDirectory { get; }

    public ArtifactOutcome Evaluate(string evaluator, string name, FileRead file, JObject options)
    {
        if (!all.TryGetValue(evaluator, out var found))
            return new ArtifactRejected($"the assignment names an unknown evaluator '{evaluator}'");
        return file.Match(
            bytes: read => found.Evaluate(name, read.Bytes, options),
            refused: refused => new ArtifactRejected(refused.Reason),
            absent: _ => new ArtifactRejected($"{name} was not handed in"));
    }
}
