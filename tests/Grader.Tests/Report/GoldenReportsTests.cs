namespace Grader.Tests.Report;

/// <summary>
/// The bundled examples' class reports (Markdown, HTML, CSV, JSON, SVG), graded by the `grade` verb on the fixed clock,
/// must be byte for byte the files committed under Fixtures/golden/&lt;assignment&gt;/, each named as written plus
/// ".golden" (they are expected output, data, not the project's HTML or CSS): any change to scores, verdicts, messages
/// or formatting shows up here as a diff. To accept an intended change, run the tests with GRADER_UPDATE_GOLDEN=1 and
/// review the rewritten files with `git diff`.
/// </summary>
public class GoldenReportsTests
{
    const string UpdateVariable = "GRADER_UPDATE_GOLDEN";
    const string Suffix = ".golden";

    // result.json is left out: it carries fingerprints of the assignment's files, and its report is results.json's
    // student (ReportWritersTests.AStoredResultIsTheStudentOfResultsJsonAndReadsBackWhole).
    static readonly string[] NotCompared = [Grader.Pipeline.StoredResult.FileName];

    static string Golden(string id) =>
        Path.Combine(Grader.Cli.Paths.Root(), "tests", "Grader.Tests", "Fixtures", "golden", id);

    [TestCase("softmax-regression")]
    [TestCase("rnn")]
    public void TheExamplesReportsAreTheCommittedOnes(string id)
    {
        var output = Directory.CreateTempSubdirectory("grader-golden-").FullName;
        try
        {
            var examples = Path.Combine(Fixtures.Bundled(id), "examples");
            // No --timestamp: the reports are dated by the verb's clock, the tests' fixed one.
            var (code, _, said) = Fixtures.RunInProcess("grade", Fixtures.Bundled(id), examples, "-o", output);
            Assert.That(code, Is.Zero, said);
            var written = Files(Path.Combine(output, id), Suffix);
            if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            {
                Update(Golden(id), written);
                Assert.Pass($"{UpdateVariable}=1: rewrote {written.Count} files under {Golden(id)}");
            }
            var golden = Files(Golden(id), "");
            Assert.That(written.Keys, Is.EqualTo(golden.Keys), $"the files written (update: {UpdateVariable}=1)");
            foreach (var (file, bytes) in written)
                Assert.That(bytes.SequenceEqual(golden[file]), Is.True,
                            $"{id}/{file} differs: {FirstDifference(bytes, golden[file])}");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    // Keyed by the golden name: the written files get the suffix, so a stray unsuffixed golden file is a difference.
    static SortedDictionary<string, byte[]> Files(string root, string suffix) =>
        new(Directory.Exists(root)
                ? Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                           .Where(f => !NotCompared.Contains(Path.GetFileName(f)))
                           .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/') + suffix,
                                         File.ReadAllBytes)
                : [],
            StringComparer.Ordinal);

    static void Update(string golden, IReadOnlyDictionary<string, byte[]> written)
    {
        if (Directory.Exists(golden)) Directory.Delete(golden, recursive: true);
        foreach (var (file, bytes) in written)
        {
            var path = Path.Combine(golden, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
    }

    // The first line that differs, so a failure says what changed without opening the files.
    static string FirstDifference(byte[] actual, byte[] expected)
    {
        var (got, want) = (Lines(actual), Lines(expected));
        for (int i = 0; i < Math.Max(got.Length, want.Length); i++)
        {
            var (g, w) = (i < got.Length ? got[i] : "(end of file)", i < want.Length ? want[i] : "(end of file)");
            if (g != w) return $"line {i + 1}: got {g}, committed {w}";
        }
        return "only in bytes that are not text lines (line endings?)";
    }

    static string[] Lines(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes).Split('\n');
}
