using System.Buffers.Binary;
using Grader.Artifacts;
using Grader.Assignments;
using Grader.Pipeline;
using Grader.Score;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Artifacts;

public class ArtifactEvaluatorsTests
{
    static readonly JObject Relu = new() { ["activation"] = "leaky0" };
    static string ReferenceWeights => Path.Combine(Fixtures.Bundled("trained-cnn"), "reference", "leaky0.f32");
    string scratch = "";
    ArtifactEvaluators evaluators = null!;

    [SetUp]
    public void TinyMnist()
    {
        scratch = Directory.CreateTempSubdirectory("grader-mnist-").FullName;
        // Four real IDX files (big-endian headers) with 3 images each: enough for the evaluator's whole path.
        foreach (var set in new[] { "train", "t10k" })
        {
            WriteIdx(Path.Combine(scratch, $"{set}-images-idx3-ubyte"), 0x803, [3, 28, 28], new byte[3 * 28 * 28]);
            WriteIdx(Path.Combine(scratch, $"{set}-labels-idx1-ubyte"), 0x801, [3], [0, 1, 2]);
        }
        evaluators = new ArtifactEvaluators(scratch);
    }

    [TearDown]
    public void Clean()
    {
        Directory.Delete(scratch, true);
    }

    // The evaluators see bytes the grader read; a missing path stands for a file not handed in.
    ArtifactOutcome Evaluate(string evaluator, string path) =>
        evaluators.Evaluate(evaluator, Path.GetFileName(path),
                            File.Exists(path) ? new FileBytes(File.ReadAllBytes(path)) : new FileAbsent(), Relu);

    string RejectionOf(string evaluator, string path) => ((ArtifactRejected)Evaluate(evaluator, path)).Reason;

    [Test]
    public void AFileTheGraderRefusedToReadIsRejectedWithItsReason() =>
        Assert.That(((ArtifactRejected)evaluators.Evaluate("cnn-test-accuracy", "w.f32",
                                                           new FileRefused("w.f32 is a symbolic link"), Relu)).Reason,
                    Is.EqualTo("w.f32 is a symbolic link"));

    static void WriteIdx(string path, int magic, int[] dims, byte[] data)
    {
        using var file = File.Create(path);
        Span<byte> word = stackalloc byte[4];
        foreach (var value in dims.Prepend(magic))
        {
            BinaryPrimitives.WriteInt32BigEndian(word, value);
            file.Write(word);
        }
        file.Write(data);
    }

    [Test]
    public void HandedInWeightsAreMeasuredOnTheTestSet()
    {
        var outcome = Evaluate("cnn-test-accuracy", ReferenceWeights);
        Assert.That(outcome, Is.TypeOf<Measured>());
        Assert.That(((Measured)outcome).Value, Is.InRange(0.0, 1.0));
        Assert.That(((Measured)outcome).Description, Does.StartWith("test accuracy"));
    }

    [Test]
    public void WeightsOfTheWrongSizeAreRejectedWithTheReason()
    {
        var bad = Path.Combine(scratch, "weights.f32");
        File.WriteAllBytes(bad, new byte[100]);
        Assert.That(RejectionOf("cnn-test-accuracy", bad), Does.Contain("is not a weights file"));
    }

    [Test]
    public void AMissingFileOrDataSetOrEvaluatorIsSaidPlainly()
    {
        Assert.That(RejectionOf("cnn-test-accuracy", Path.Combine(scratch, "nope.f32")),
                    Is.EqualTo("nope.f32 was not handed in"));
        Assert.That(RejectionOf("no-such", ReferenceWeights), Does.Contain("unknown evaluator"));
        evaluators = new ArtifactEvaluators(Path.Combine(scratch, "absent"));
        Assert.That(RejectionOf("cnn-test-accuracy", ReferenceWeights), Does.Contain("grader fetch-mnist"));
    }

    [TestCase(0.99, 10)]
    [TestCase(0.70, 5)]
    [TestCase(0.40, 0)]
    public void ScoresRiseInProportionBetweenZeroAndFull(double accuracy, double points)
    {
        var question = new QuestionSpec
        {
            Id = "w", Title = "W", Points = 10,
            Artifact = new ArtifactSpec { File = "w.f32", Evaluator = "cnn-test-accuracy", Full = 0.9, Zero = 0.5 },
        };
        Assert.That(Scorer.ScoreArtifact(question, new Measured(accuracy, "acc")).Score,
                    Is.EqualTo(points).Within(1e-9));
    }
}
