using Grader.Check;
using Grader.Assignments;

namespace Grader.Bench;

/// <summary>What a synthetic submission must get: its total,
/// and the verdict on the first case of the question it breaks.</summary>
public sealed record Expectation(string Kind, double Score, string? Question = null, VerdictKind? Verdict = null);

public sealed record SyntheticSubmission(string Id, string Source, Expectation Expected);

/// <summary>
/// A deterministic class for conv-backprop, made from its examples: per hundred, 70 correct, 15 wrong answers (the
/// three example mistakes), 5 with a compile error in one function, 5 using a banned API, 1 infinite loop, 2 stack
/// overflows and 2 memory hogs. Each one is a distinct file (a numbered comment), as in a real class.
/// </summary>
public static class SyntheticClass
{
    public static IReadOnlyList<SyntheticSubmission> Make(Assignment assignment, int count)
    {
        var examples = Path.Combine(assignment.Directory, "examples");
        var expected = Json.Read<Dictionary<string, ExpectedScore>>(Path.Combine(examples, "expected.json"));
        string Example(string name) => File.ReadAllText(Path.Combine(examples, name));
        var correct = Example("correct.csx");
        double full = expected["correct.csx"].Score;
        double Without(string question) => full - assignment.Spec.Questions.Single(q => q.Id == question).Points;
        var wrong = new[] { "forgot-kernel-rotation.csx", "transposed-weight-gradient.csx", "stride-ignored.csx" };

        var kinds = new List<Func<int, (string Source, Expectation Expected)>>();
        void Add(int share, Func<int, (string, Expectation)> make) => kinds.AddRange(Enumerable.Repeat(make, share));
        Add(70, _ => (correct, new Expectation("correct", full)));
        Add(15, i => (Example(wrong[i % 3]), new Expectation("wrong answer", expected[wrong[i % 3]].Score)));
        Add(5, _ => (Example("one-broken-function.csx"),
                     new Expectation("compile error", Without("db"), "db", VerdictKind.NotRun)));
        Add(5, _ => (Insert(correct, "double[] Conv1D(double[] x, double[] w)\n{",
                            "var key = System.IO.File.ReadAllText(\"/etc/hostname\");"),
                     new Expectation("banned API", Without("conv1d"), "conv1d", VerdictKind.NotRun)));
        Add(1, _ => (Insert(correct, "double[] Conv1D(double[] x, double[] w)\n{", "while (x.Length >= 0) { }"),
                     new Expectation("infinite loop", Without("conv1d"), "conv1d", VerdictKind.TimedOut)));
        Add(2, _ => (Insert(correct, "double[] Conv2DBiasGradient(double[,,] dy)\n{",
                            "if (dy.Length >= 0) { var deeper = Conv2DBiasGradient(dy); " +
                            "deeper[0] += 1; return deeper; }"),
                     new Expectation("stack overflow", Without("db"), "db", VerdictKind.Crashed)));
        Add(2, _ => (Insert(correct, "double[,,] MaxPool(double[,,] x, int k, int s)\n{",
                            "var hoard = new List<double[]>(); " +
                            "while (hoard.Count >= 0) hoard.Add(new double[1 << 20]);"),
                     new Expectation("memory hog", Without("maxpool"), "maxpool", VerdictKind.MemoryExceeded)));

        // Spread each kind evenly: submission i takes kind (i·37 mod 100), 37 being coprime to 100.
        return Enumerable.Range(0, count).Select(i =>
        {
            var (source, expectation) = kinds[i * 37 % kinds.Count](i);
            return new SyntheticSubmission($"s{i:D5}", $"// synthetic submission {i}\n{source}", expectation);
        }).ToList();
    }

    static string Insert(string source, string after, string code)
    {
        int at = source.IndexOf(after, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"the correct example no longer contains `{after}`");
        return source.Insert(at + after.Length, "\n    " + code);
    }
}
