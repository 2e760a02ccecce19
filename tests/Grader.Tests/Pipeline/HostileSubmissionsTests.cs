using Grader.Check;
using Grader.Report;

namespace Grader.Tests.Pipeline;

/// <summary>
/// Every hostile fixture in Fixtures/hostile is graded in one batch with a correct submission: each gets a readable
/// verdict on the function that misbehaves, keeps the points of its honest function, and hurts nobody else.
/// </summary>
public class HostileSubmissionsTests
{
    const string Canary = "/tmp/grader-canary.txt"; // the path deletes-file.csx and alias-to-file.csx aim at
    static ClassReport batch = null!;
    static string generated = "";

    [OneTimeSetUp]
    public async Task GradeEveryHostileFixtureTogether()
    {
        File.WriteAllText(Canary, "still here");
        generated = Directory.CreateTempSubdirectory("grader-hostile-").FullName;
        // Synthetic by nature: a file past the size limit, and brackets nested deeper than Roslyn's parser survives.
        File.WriteAllText(Path.Combine(generated, "enormous.csx"), "// " + new string('x', 600 * 1024));
        File.WriteAllText(Path.Combine(generated, "deeply-nested.csx"),
                          "var v = " + new string('(', 10_000) + "1" + new string(')', 10_000) + ";");
        // Shapes that cost the compiler far more than their size, and that it cannot be stopped in.
        File.WriteAllText(Path.Combine(generated, "long-chain.csx"),
            "double[] Conv1D(double[] x, double[] w) => ["
            + string.Join("+", Enumerable.Repeat("x[0]", 30_000)) + "];");
        File.WriteAllText(Path.Combine(generated, "copies-constants.csx"),
            $"const string s = \"{new string('s', 20_000)}\";\n"
            + "double[] Conv1D(double[] x, double[] w) => [(" + string.Join("+", Enumerable.Repeat("s", 60))
            + ").Length];");
        File.WriteAllText(Path.Combine(generated, "nests-generics.csx"), "double[] Conv1D(double[] x, double[] w) { "
            + string.Concat(Enumerable.Repeat("List<", 10_000)) + "int" + new string('>', 10_000)
            + " l = null; return x; }");
        var files = Directory.GetFiles(Path.Combine(Fixtures.Root, "hostile")).Concat(Directory.GetFiles(generated))
                             .Append(Fixtures.Submission("correct.csx"));
        batch = await Fixtures.Grade(Fixtures.Load(Fixtures.Tiny), files);
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(generated, true);

    static StudentReport Student(string id) => Fixtures.Student(batch, id);
    static string ConvMessage(string id) => Fixtures.Question(Student(id), "conv1d").Cases[0].Message;

    // Each hostile file, what its conv1d verdict says, and the points its honest function (dw) keeps: a refused
    // function costs only itself.
    [TestCase("reads-answer-key", "`File` is not allowed in homework (files)", 4)]
    [TestCase("deletes-file", "`File` is not allowed in homework (files)", 4)]
    [TestCase("alias-to-file", "`File` is not allowed in homework (files)", 4)]
    [TestCase("opens-socket", "'Sockets' does not exist in the namespace 'System.Net'", 4)]
    [TestCase("starts-process", "'Process' does not exist in the namespace 'System.Diagnostics'", 4)]
    [TestCase("reflection", "is not allowed in homework (reflection)", 4)]
    [TestCase("exits-process", "`Environment` is not allowed in homework (the environment)", 4)]
    [TestCase("starts-thread", "`Thread` is not allowed in homework (threads and tasks)", 4)]
    [TestCase("runs-task", "`Task` is not allowed in homework (threads and tasks)", 4)]
    [TestCase("calls-gc", "`GC` is not allowed in homework (the garbage collector)", 4)]
    [TestCase("reads-console", "`Console.ReadLine` is not allowed in homework (console input and redirection)", 4)]
    [TestCase("pinvoke", "'getpid' does not exist", 4)]
    [TestCase("unsafe-pointer", "Unsafe code", 4)]
    [TestCase("uses-dynamic", "`dynamic` is not allowed in homework (dynamic code)", 4)]
    [TestCase("reflects-by-name", "is not allowed in homework (reflection)", 4)]
    [TestCase("unsafe-vector", "`Vector128.LoadUnsafe` is not allowed in homework (unsafe code)", 4)]
    [TestCase("unsafe-accessor", "is not allowed in homework", 4)]
    [TestCase("registers-encoding", "`Encoding.RegisterProvider` is not allowed in homework (process-wide settings)",
              4)]
    // A file that cannot be read or compiled at all gets nothing.
    [TestCase("empty", "no top-level function `Conv1D`", 0)]
    [TestCase("binary", "the file is not text", 0)]
    [TestCase("enormous", "the file is too large", 0)]
    [TestCase("deeply-nested", "brackets are nested 10000 deep", 0)]
    [TestCase("const-doubling", "line 3: a constant built by joining other constants", 0)]
    [TestCase("long-chain", "line 1: code is nested more than 1000 levels deep", 0)]
    [TestCase("nests-generics", "line 1: code is nested more than 1000 levels deep", 0)]
    [TestCase("copies-constants", "constants are copied 1,200,120 characters' worth", 0)]
    public void EachHostileFileGetsAClearVerdictAndOnlyItsHonestFunctionScores(string id, string message, double dw)
    {
        Assert.That(ConvMessage(id), Does.Contain(message));
        Assert.That(Fixtures.Question(Student(id), "conv1d").Score, Is.Zero);
        Assert.That(Fixtures.Question(Student(id), "dw").Score, Is.EqualTo(dw),
                    "the other question is graded as usual");
        Assert.That(Student(id).Score, Is.EqualTo(dw));
    }

    [Test]
    public void InteropIsNamedInTheCompileErrors() =>
        Assert.That(Student("pinvoke").CompileErrors,
                    Has.Some.Contains("`extern` is not allowed in homework (interop)"));

    // A banned declaration outside the function is named in the compile errors. Only the refused member goes: the
    // finalizer alone (the class and the function that uses it stay), the whole type when its header is refused.
    [TestCase("finalizer", "`~Bomb` is not allowed in homework (finalizers run after the case)", 6)]
    [TestCase("explicit-layout", "`StructLayoutAttribute` is not allowed in homework (interop)", 0)]
    public void ABannedTypeIsNamedAndTheHonestFunctionStillScores(string id, string message, double conv1d)
    {
        Assert.That(Student(id).CompileErrors, Has.Some.Contains(message));
        Assert.That(Fixtures.Question(Student(id), "conv1d").Score, Is.EqualTo(conv1d));
        Assert.That(Fixtures.Question(Student(id), "dw").Score, Is.EqualTo(4));
    }

    [Test]
    public void ReferenceAndLoadDirectivesAreCutAwayAndTheRestIsGraded()
    {
        Assert.That(Student("loads-code").CompileErrors,
                    Has.Some.Contains("#r is not allowed").And.Some.Contains("#load is not allowed"));
        Assert.That(Student("loads-code").Score, Is.EqualTo(10));
    }

    [Test]
    public void AFileOutsideTheOutputFolderSurvivesSubmissionsThatTryToDeleteIt() =>
        Assert.That(File.ReadAllText(Canary), Is.EqualTo("still here"));

    [Test]
    public void AnEnormousExceptionMessageIsCutBeforeItReachesTheReport()
    {
        Assert.That(Fixtures.Question(Student("huge-message"), "conv1d").Cases[0].Verdict,
                    Is.EqualTo(VerdictKind.RuntimeError));
        Assert.That(ConvMessage("huge-message").Length, Is.LessThan(2000));
    }

    [Test]
    public async Task ACultureChangedByOneSubmissionDoesNotReachTheNextInTheSameWorker()
    {
        var culture = Directory.GetFiles(Path.Combine(Fixtures.Root, "culture")).Order();
        var report = await Fixtures.Grade(Fixtures.Load(Fixtures.Tiny), culture, jobs: 1);
        Assert.That(Fixtures.Question(Fixtures.Student(report, "b-formats-numbers"), "conv1d").Score, Is.EqualTo(6));
    }

    [Test]
    public void FloodedOutputIsBoundedAndTheAnswerStillCounts() =>
        Assert.That(Student("floods-output").Score, Is.EqualTo(10));

    [Test]
    public void TheHonestSubmissionInTheSameBatchGetsFullMarks() =>
        Assert.That(Student("correct").Score, Is.EqualTo(10));
}
