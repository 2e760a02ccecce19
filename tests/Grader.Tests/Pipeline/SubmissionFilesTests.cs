using System.Net.Sockets;
using System.Runtime.InteropServices;
using Grader.Pipeline;
using Grader.Report;

namespace Grader.Tests.Pipeline;

/// <summary>
/// Only regular files of a student's own are read (Fixtures/trust/README.md lists the attacks, built here at run time):
/// every link, FIFO, socket, sub-folder or hard link gets its author a one-line verdict without being opened, the
/// classmates it aimed at and a correct submission graded after it in the same worker keep full marks, and nothing
/// outside -o changes.
/// </summary>
public class SubmissionFilesTests
{
    static string scratch = "";
    static string input = "";
    static ClassReport report = null!;
    static Dictionary<string, string> before = [];
    static Socket? socket;

    [OneTimeSetUp]
    public async Task GradeEveryAttackInOneWorker()
    {
        scratch = Directory.CreateTempSubdirectory("grader-files-").FullName;
        input = Path.Combine(scratch, "in");
        var elsewhere = Path.Combine(scratch, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        var correct = Fixtures.Submission("correct.csx");
        File.Copy(correct, Path.Combine(elsewhere, "answer.csx"));
        Folder("victim-folder", ("solution.csx", correct));
        File.Copy(correct, In("victim.csx"));
        File.Copy(correct, In("zz-correct.csx"));
        File.CreateSymbolicLink(In("link-to-classmate.csx"), "victim.csx");
        Directory.CreateSymbolicLink(In("link-to-folder"), "victim-folder");
        File.CreateSymbolicLink(In("link-to-answer-key.csx"), Path.Combine(elsewhere, "answer.csx"));
        Native.HardLink(Path.Combine(elsewhere, "answer.csx"), In("hard-link.csx"));
        Native.Fifo(In("fifo.csx"));
        socket = Native.Socket(In("socket.csx"));
        File.CreateSymbolicLink(Path.Combine(Folder("holds-link"), "solution.csx"), In("victim.csx"));
        File.CreateSymbolicLink(Path.Combine(Folder("holds-weights-link", ("solution.csx", correct)), "weights.f32"),
                                ReferenceWeights);
        Native.Fifo(Path.Combine(Folder("holds-fifo", ("solution.csx", correct)), "notes.txt"));
        Directory.CreateDirectory(Path.Combine(Folder("holds-folder", ("solution.csx", correct)), "sub"));
        Folder("quote-name", ("a.csx", correct), ("b\".csx", correct));
        before = Snapshot(scratch);
        var options = new GradeOptions(Path.Combine(scratch, "out"), 1, "fixed") { Evaluators = Fixtures.Evaluators };
        report = await ClassGrading.RunAsync(Fixtures.Load(Fixtures.Tiny), Submission.Discover(input), options);
    }

    [OneTimeTearDown]
    public void Clean()
    {
        socket?.Dispose();
        Directory.Delete(scratch, true);
    }

    static string ReferenceWeights => Path.Combine(Fixtures.Bundled("trained-cnn"), "reference", "leaky0.f32");

    static string In(string name) => Path.Combine(input, name);

    static string Folder(string name, params (string Name, string From)[] files)
    {
        Directory.CreateDirectory(In(name));
        foreach (var (file, from) in files) File.Copy(from, Path.Combine(In(name), file));
        return In(name);
    }

    // What is there, by name: a regular file's text, a link's target, or the kind of anything else. Only regular files
    // are opened, so taking it cannot block on a FIFO.
    static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Where(p => !p.StartsWith(Path.Combine(root, "out")))
            .ToDictionary(p => Path.GetRelativePath(root, p), Describe);

    static string Describe(string path)
    {
        using var folder = OpenFolder.Open(Path.GetDirectoryName(path)!)!;
        return folder.Status(Path.GetFileName(path)).Kind switch
        {
            EntryKind.File => File.ReadAllText(path),
            EntryKind.Link => $"-> {new FileInfo(path).LinkTarget}",
            var kind => kind.ToString(),
        };
    }

    static StudentReport Student(string id) => Fixtures.Student(report, id);

    [TestCase("link-to-classmate", "link-to-classmate.csx is a symbolic link")]
    [TestCase("link-to-folder", "link-to-folder is a symbolic link")]
    [TestCase("link-to-answer-key", "link-to-answer-key.csx is a symbolic link")]
    [TestCase("hard-link", "hard-link.csx is a hard link to a file elsewhere")]
    [TestCase("fifo", "fifo.csx is not a regular file")]
    [TestCase("socket", "socket.csx is not a regular file")]
    [TestCase("holds-link", "holds-link/solution.csx is a symbolic link")]
    [TestCase("holds-weights-link", "holds-weights-link/weights.f32 is a symbolic link")]
    [TestCase("holds-fifo", "holds-fifo/notes.txt is not a regular file")]
    [TestCase("holds-folder", "holds-folder/sub is a folder")]
    [TestCase("quote-name", "holds a quote or control character")]
    public void TheAttackerGetsItsOwnOneLineVerdictAndNoPoints(string id, string verdict)
    {
        Assert.That(Student(id).Notice, Does.Contain(verdict).And.Not.Contain("\n"));
        Assert.That(Student(id).Score, Is.Zero);
    }

    [TestCase("victim")]
    [TestCase("victim-folder")]
    [TestCase("zz-correct")]
    public void ClassmatesAndTheSubmissionGradedAfterTheAttackersKeepFullMarks(string id) =>
        Assert.That(Student(id).Score, Is.EqualTo(10));

    [Test]
    public void NothingOutsideTheReportFolderChanges() => Assert.That(Snapshot(scratch), Is.EqualTo(before));

    [Test]
    public void EveryReportIsInsideTheReportFolder() =>
        Assert.That(Directory.GetDirectories(Path.Combine(scratch, "out", "tiny", "students")).Select(Path.GetFileName),
                    Is.EquivalentTo(report.Students.Select(s => s.Student)));

    [Test]
    public void AHandedInFileReplacedAfterDiscoveryIsStillReadOnlyIfItIsARegularFileOfTheStudentsOwn()
    {
        var own = Directory.CreateTempSubdirectory("grader-handed-in-").FullName;
        var folder = Path.Combine(own, "student");
        var weights = Path.Combine(folder, "weights.f32");
        Directory.CreateDirectory(folder);
        File.Copy(Fixtures.Submission("correct.csx"), Path.Combine(folder, "solution.csx"));
        File.Copy(ReferenceWeights, weights);
        var submission = Submission.FromPath(folder)!;
        try
        {
            Assert.That(((FileBytes)submission.HandedIn("weights.f32")).Bytes,
                        Is.EqualTo(File.ReadAllBytes(ReferenceWeights)));
            Native.HardLink(weights, Path.Combine(own, "second-name.f32"));
            Assert.That(Reason(submission.HandedIn("weights.f32")), Does.Contain("hard link"));
            File.Delete(Path.Combine(own, "second-name.f32"));
            File.Delete(weights);
            Native.Fifo(weights);
            Assert.That(Reason(submission.HandedIn("weights.f32")), Does.Contain("not a regular file"));
            File.Delete(weights);
            File.CreateSymbolicLink(weights, ReferenceWeights);
            Assert.That(Reason(submission.HandedIn("weights.f32")), Does.Contain("symbolic link"));
            File.Delete(weights);
            Assert.That(submission.HandedIn("weights.f32"), Is.TypeOf<FileAbsent>());
            Directory.Delete(folder, true);
            Directory.CreateSymbolicLink(folder, In("holds-weights-link"));
            Assert.That(Reason(submission.HandedIn("weights.f32")), Does.Contain("hand in a folder"));
        }
        finally
        {
            if (new DirectoryInfo(folder).LinkTarget is not null) Directory.Delete(folder);
            Directory.Delete(own, true);
        }
    }

    static string Reason(FileRead read) => read is FileRefused refused ? refused.Reason : $"not refused: {read}";

    /// <summary>What the test needs from libc to build what git cannot hold.</summary>
    static class Native
    {
        [DllImport("libc", SetLastError = true)]
        static extern int mkfifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

        [DllImport("libc", SetLastError = true)]
        static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing,
                               [MarshalAs(UnmanagedType.LPUTF8Str)] string added);

        public static void Fifo(string path) => Assert.That(mkfifo(path, 0x1A4), Is.Zero, $"mkfifo {path}");

        public static void HardLink(string existing, string added) =>
            Assert.That(link(existing, added), Is.Zero, $"link {added}");

        // .NET removes a socket's file when the socket is closed: the caller keeps it open while the file is needed.
        public static Socket Socket(string path)
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Bind(new UnixDomainSocketEndPoint(path));
            return socket;
        }
    }
}
