using Grader.Report;

namespace Grader.Tests.Report;

/// <summary>
/// A report is written whole or not at all: a full disk leaves neither a half report nor its temporary file.
/// </summary>
public class ReportSetTests
{
    [Test]
    public void AFullDiskLeavesNoTemporaryFile()
    {
        var output = Directory.CreateTempSubdirectory("grader-full-").FullName;
        try
        {
            var reports = new ReportSet(output, "tiny");
            var student = new StudentReport("alice", "alice.csx", 0, 10, [], [], null);
            var report = new ClassReport("tiny", "Tiny", "fixed", [], [student]);
            var markdown = Path.Combine(reports.StudentDirectory("alice"), "student.md");
            Directory.CreateDirectory(Path.GetDirectoryName(markdown)!);
            // /dev/full takes the open and fails every write with ENOSPC, as a full disk does.
            File.CreateSymbolicLink(markdown + ".tmp", "/dev/full");
            Assert.Throws<IOException>(() => reports.WriteStudent(report, student, keys: null));
            Assert.That(Directory.GetFileSystemEntries(Path.GetDirectoryName(markdown)!), Is.Empty);
        }
        finally
        {
            Directory.Delete(output, true);
        }
    }
}
