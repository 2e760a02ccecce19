using Grader.Check;
using System.Globalization;
using System.Text;

namespace Grader.Report;

/// <summary>
/// Markdown for one student's report and for the class summary. The HTML pages are rendered from this text.
/// </summary>
public static class MarkdownWriter
{
    /// <summary>
    /// The report a student receives: their own view (hidden cases by verdict kind only, or not listed, per the
    /// assignment), a failing public case's inputs, values around the first difference and a call to reproduce it.
    /// </summary>
    public static string Student(ClassReport report, StudentReport student) =>
        Render(report, student, Audience.Student);

    /// <summary>The staff's report of a student: every case's inputs, expected and actual values, output.</summary>
    public static string Staff(ClassReport report, StudentReport student) => Render(report, student, Audience.Staff);

    static string Render(ClassReport report, StudentReport student, Audience audience)
    {
        if (audience == Audience.Student) student = student.ForStudent(report.ListsHiddenCases);
        var md = new StringBuilder();
        var staffTitle = audience == Audience.Staff ? " (staff report)" : "";
        md.AppendLine($"# {report.Title}: {Text(student.Student)}{staffTitle}").AppendLine();
        if (audience == Audience.Staff)
            md.AppendLine("_For course staff only: it holds the hidden cases' inputs and expected values. "
                          + "Hand out the student report (student.html) instead._").AppendLine();
        var score = $"{Points(student.Score)} / {Points(student.MaxScore)}";
        md.AppendLine($"**Score: {score}**{ManualNote(Pending(student))}  ")
          .AppendLine($"Submission: {Text(student.Source)}").AppendLine();
        if (LateText.Of(student) is { } late) md.AppendLine(Text(late)).AppendLine();
        if (student.Notice is not null) md.AppendLine($"> {Text(student.Notice)}").AppendLine();
        if (audience == Audience.Student && !report.ListsHiddenCases)
            md.AppendLine("Hidden cases are graded but not listed.").AppendLine();
        if (student.CompileErrors.Count > 0)
        {
            md.AppendLine("## Compile errors").AppendLine();
            foreach (var error in student.CompileErrors) md.AppendLine($"- {Text(error)}");
            md.AppendLine();
        }
        md.AppendLine("| Question | Score | Result |").AppendLine("|---|---:|---|");
        foreach (var q in student.Questions)
            md.AppendLine($"| {Cell(q.Id)}: {Cell(q.Title)} | {Score(q)} | {Text(q.Summary)} |");
        md.AppendLine();
        foreach (var q in student.Questions) Question(md, q, audience);
        return md.ToString();
    }

    static void Question(StringBuilder md, QuestionReport q, Audience audience)
    {
        md.AppendLine($"## {q.Id}: {q.Title} ({Score(q)})").AppendLine();
        if (q.Prompt is not null) md.AppendLine($"> {q.Prompt}").AppendLine();
        if (q.Diagnosis is not null) md.AppendLine($"**Likely mistake:** {q.Diagnosis.Message}").AppendLine();
        if (q.Comment is not null) md.AppendLine($"**TA's comment:** {Text(q.Comment)}").AppendLine();
        if (q.Cases.Count == 0) { md.AppendLine($"_{Text(q.Summary)}_").AppendLine(); return; }
        md.AppendLine("| Case | Result | Details |").AppendLine("|---|---|---|");
        foreach (var c in q.Cases)
        {
            // A mistake seen on some cases only is named where it happens (the question-level one is said above).
            var likely = c.Diagnosis is { } d && d.MistakeId != q.Diagnosis?.MistakeId
                ? $"{(c.Message.Length > 0 ? " — " : "")}Likely mistake: {Cell(d.Message)}" : "";
            var result = c.Verdict == VerdictKind.Passed ? "✅ passed" : "❌ " + c.Verdict.Label();
            md.AppendLine($"| {CaseName(c)} | {result} | {Text(c.Message)}{likely} |");
        }
        md.AppendLine();
        foreach (var c in q.Cases) Details(md, q, c, audience);
    }

    // Below the table, what a reader needs to act on a case (CaseFeedback decides what, per audience).
    static void Details(StringBuilder md, QuestionReport q, CaseReport c, Audience audience)
    {
        var sections = CaseFeedback.Sections(q, c, audience);
        if (sections.Count == 0) return;
        md.AppendLine($"#### {Cell(q.Id)} / {CaseName(c)}: {c.Verdict.Label()}").AppendLine();
        foreach (var section in sections)
            md.AppendLine($"{Text(section.Label)}:").AppendLine()
              .Append(StudentText.MarkdownCode(section.Text, section.Language)).AppendLine();
    }

    static string CaseName(CaseReport c) => $"{Cell(c.Name)}{(c.Public ? "" : " (hidden)")}";

    public static string Summary(ClassReport report)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {report.Title}: class summary").AppendLine();
        md.AppendLine($"{report.Students.Count} submissions, graded {report.GeneratedAt}. "
                      + $"Auto-graded out of {Points(report.MaxScore)}{ManualNote(report.ManualPoints)}.").AppendLine();
        if (report.Students.Count > 0)
        {
            var scores = report.Students.Select(s => s.Score).Order().ToList();
            md.AppendLine($"Mean {Points(scores.Average())}, median {Points(scores[scores.Count / 2])}, "
                          + $"min {Points(scores[0])}, max {Points(scores[^1])}.").AppendLine();
            md.AppendLine($"Status: {StatusCounts(report.Students)}.").AppendLine();
        }
        md.Append("| Student | Status | Score |");
        foreach (var q in report.Questions) md.Append($" {Cell(q.Id)} |");
        md.AppendLine().Append("|---|---|---:|").AppendLine(string.Concat(report.Questions.Select(_ => "---:|")));
        foreach (var s in report.Students)
        {
            var link = $"students/{Uri.EscapeDataString(PathName(s.Student))}/{ReportSet.StaffHtml}";
            md.Append($"| [{Text(s.Student)}]({link}) | {s.Status.Label()} | {LateText.Cell(s)} |");
            foreach (var q in s.Questions) md.Append($" {(q.Score is { } score ? Points(score) : "—")} |");
            md.AppendLine();
        }
        md.AppendLine().AppendLine("## Charts").AppendLine();
        foreach (var (file, title) in ClassCharts.All) md.AppendLine($"![{title}]({ChartPath(file)})").AppendLine();
        md.AppendLine("## Questions").AppendLine()
          .AppendLine("| Question | Points | Mean | Full marks | Most common diagnosis |")
          .AppendLine("|---|---:|---:|---:|---|");
        foreach (var q in report.Questions.Where(q => !q.Manual))
            md.AppendLine(QuestionRow(q, [.. report.Students.Select(s => s.Questions.First(x => x.Id == q.Id))]));
        Refusals(md, report.Students);
        return md.ToString();
    }

    // A question across the class: the mean, how many got full marks, and the most common diagnosis.
    static string QuestionRow(QuestionHeader q, IReadOnlyList<QuestionReport> results)
    {
        var mean = results.Count == 0 ? "—" : Points(results.Average(r => r.Score ?? 0));
        var full = $"{results.Count(r => r.Score >= r.MaxScore)}/{results.Count}";
        var diagnosis = results.Where(r => r.Diagnosis is not null).GroupBy(r => r.Diagnosis!.Message)
                               .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                               .FirstOrDefault();
        var common = diagnosis is null ? "" : $"{Cell(diagnosis.Key)} ({diagnosis.Count()})";
        return $"| {Cell(q.Id)}: {Cell(q.Title)} | {Points(q.Points)} | {mean} | {full} | {common} |";
    }

    // The guard's refusals, even those that cost nothing: a TA scanning the class sees who tried what.
    static void Refusals(StringBuilder md, IReadOnlyList<StudentReport> students)
    {
        if (!students.Any(s => s.Refusals.Count > 0)) return;
        md.AppendLine().AppendLine("## Refused code").AppendLine();
        md.AppendLine("Code the compile-time guard refused (the method was stubbed, so it may have cost no points):")
          .AppendLine();
        md.AppendLine("| Student | Where | Reason |").AppendLine("|---|---|---|");
        foreach (var s in students)
            foreach (var refusal in s.Refusals)
                md.AppendLine($"| {Text(s.Student)} | {Text(refusal.Where())} | {Text(refusal.Reason)} |");
    }

    // In the order of the kinds, each kind that occurs: "12 graded, 2 does not compile, 1 unchanged template".
    static string StatusCounts(IReadOnlyList<StudentReport> students) =>
        string.Join(", ", students.GroupBy(s => s.Status).OrderBy(g => g.Key)
                                  .Select(g => $"{g.Count()} {g.Key.Label()}"));

    /// <summary>Where a chart of the summary lies, relative to it.</summary>
    public static string ChartPath(string file) => $"charts/{file}";

    public static string PathName(string student) =>
        string.Concat(student.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));

    static string ManualNote(double points) => points > 0 ? $" (+ {Points(points)} points graded by hand)" : "";

    // A student's manual points a TA has not scored yet.
    static double Pending(StudentReport student) =>
        student.Questions.Where(q => q.Manual && q.Score is null).Sum(q => q.MaxScore);

    static string Score(QuestionReport q) =>
        q.Score is { } score ? $"{Points(score)} / {Points(q.MaxScore)}" : $"— / {Points(q.MaxScore)}";

    public static string Points(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    // Student text: inert in Markdown and in the HTML rendered from it.
    static string Text(string text) => StudentText.Markdown(text);

    // The assignment's own text (titles, case names, mistake messages) is Markdown its author wrote: kept, but held in
    // its cell.
    static string Cell(string text) =>
        text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");
}
