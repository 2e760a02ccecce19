namespace Grader.Report;

/// <summary>
/// Stage 7, Report: where each file of a graded assignment goes. out/&lt;assignment&gt;/ holds summary.md,
/// summary.html, grades.csv, canvas-grades.csv, moodle-grades.csv, results.json, charts/*.svg, manual-scores.csv (when
/// questions are graded by hand) and students/&lt;id&gt;/student.md, student.html (the student's), staff.md, staff.html
/// (the staff's).
/// </summary>
public sealed class ReportSet(string outputRoot, string assignmentId)
{
    public string Directory { get; } = Path.Combine(outputRoot, assignmentId);

    public string StudentDirectory(string student) =>
        Path.Combine(Directory, "students", MarkdownWriter.PathName(student));

    /// <summary>The student's report (hand it out) and the staff's (every hidden value: never hand it out).</summary>
    public const string StudentMarkdown = "student.md", StudentHtml = "student.html";
    public const string StaffMarkdown = "staff.md", StaffHtml = "staff.html";

    // What earlier versions wrote (the student's report): removed, so no stale copy is handed out beside the new ones.
    static readonly string[] Legacy = ["report.md", "report.html"];

    /// <summary>A student's reports, and their result.json when <paramref name="keys"/> cover them.</summary>
    public void WriteStudent(ClassReport report, StudentReport student, Pipeline.ResultKeys? keys)
    {
        var folder = StudentDirectory(student.Student);
        var title = $"{report.Title}: {student.Student}";
        // The report files first, result.json last: a result on disk means the student is completely written.
        var own = MarkdownWriter.Student(report, student);
        Write(Path.Combine(folder, StudentMarkdown), own);
        Write(Path.Combine(folder, StudentHtml), HtmlWriter.Page(title, own));
        var staff = MarkdownWriter.Staff(report, student);
        Write(Path.Combine(folder, StaffMarkdown), staff);
        Write(Path.Combine(folder, StaffHtml), HtmlWriter.Page($"{title} (staff)", staff));
        foreach (var legacy in Legacy) File.Delete(Path.Combine(folder, legacy));
        if (keys?.Store(student) is { } stored) Write(ResultPath(student.Student), stored.WriteTo);
    }

    /// <summary>
    /// Removes the report folders of students who are not in <paramref name="students"/> (a regrade after a submission
    /// was withdrawn), so no stale report is left to be handed out. Only the files the grader writes are deleted; a
    /// folder that holds anything else is left with that.
    /// </summary>
    public void RemoveStudentsExcept(IEnumerable<string> students)
    {
        var root = Path.Combine(Directory, "students");
        if (!System.IO.Directory.Exists(root)) return;
        var current = students.Select(MarkdownWriter.PathName).ToHashSet();
        var gone = System.IO.Directory.GetDirectories(root).Where(f => !current.Contains(Path.GetFileName(f)));
        foreach (var folder in gone)
        {
            foreach (var file in StudentFiles.Select(f => Path.Combine(folder, f))) File.Delete(file);
            if (!System.IO.Directory.EnumerateFileSystemEntries(folder).Any()) System.IO.Directory.Delete(folder);
        }
    }

    static readonly string[] StudentFiles =
        [StudentMarkdown, StudentHtml, StaffMarkdown, StaffHtml, .. Legacy, Pipeline.StoredResult.FileName];

    public string ResultPath(string student) => Path.Combine(StudentDirectory(student), Pipeline.StoredResult.FileName);

    /// <summary>Every student's files and the class files (what `merge` writes).</summary>
    public void WriteClass(ClassReport report, Pipeline.ResultKeys? keys)
    {
        foreach (var student in report.Students) WriteStudent(report, student, keys);
        WriteSummary(report);
    }

    /// <summary>The class files only: the students' were written as each finished.</summary>
    public void WriteSummary(ClassReport report)
    {
        var summary = MarkdownWriter.Summary(report);
        var charts = ClassCharts.Draw(report);
        foreach (var (file, svg) in charts) Write(Path.Combine(Directory, "charts", file), svg);
        Write(Path.Combine(Directory, "summary.md"), summary);
        var inline = charts.ToDictionary(c => MarkdownWriter.ChartPath(c.Key), c => c.Value);
        Write(Path.Combine(Directory, "summary.html"), HtmlWriter.Page($"{report.Title}: summary", summary, inline));
        Write(Path.Combine(Directory, "grades.csv"), CsvWriter.Grades(report));
        Write(Path.Combine(Directory, "results.json"), text => JsonWriter.Results(report, text));
        Write(Path.Combine(Directory, GradebookExports.CanvasFile), GradebookExports.Canvas(report));
        Write(Path.Combine(Directory, GradebookExports.MoodleFile), GradebookExports.Moodle(report));
        WriteManualSheet(report);
    }

    /// <summary>The sheet of manual questions for the TA to fill in, unless a TA's points are already in it.</summary>
    void WriteManualSheet(ClassReport report)
    {
        var path = Path.Combine(Directory, Score.ManualSheet.FileName);
        if (!report.Questions.Any(q => q.Manual)
            || File.Exists(path) && Score.ManualSheet.HasPoints(File.ReadAllText(path))) return;
        Write(path, CsvWriter.ManualSheet(report));
    }

    // Written beside and renamed into place: an interrupted run never leaves a half-written report, and a failed write
    // (a full disk) leaves no temporary file either.
    public static void Write(string path, string text) => Write(path, writer => writer.Write(text));

    static void Write(string path, Action<TextWriter> write)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        try
        {
            using (var writer = new StreamWriter(temporary) { NewLine = "\n" }) write(writer);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
