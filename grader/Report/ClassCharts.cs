namespace Grader.Report;

/// <summary>
/// The class summary's charts, drawn from the report model (counts and means of scores the Score stage computed):
/// the score histogram, each question's mean and share at full marks, and how many students made each known mistake.
/// </summary>
public static class ClassCharts
{
    /// <summary>File name (under charts/) and alt text of each chart, in the order the summary shows them.</summary>
    public static readonly IReadOnlyList<(string File, string Title)> All =
    [
        ("scores.svg", "Score histogram"),
        ("questions.svg", "Questions: mean score and full marks"),
        ("mistakes.svg", "Known mistakes: students who made each"),
    ];

    public const int Bins = 10;
    const int MostMistakes = 20;

    /// <summary>Every chart's SVG by file name.</summary>
    public static IReadOnlyDictionary<string, string> Draw(ClassReport report) => new Dictionary<string, string>
    {
        [All[0].File] = Scores(report),
        [All[1].File] = Questions(report),
        [All[2].File] = Mistakes(report),
    };

    /// <summary>
    /// Auto-graded totals in ten equal bins from 0 to the maximum; the last bin holds the maximum itself.
    /// </summary>
    public static string Scores(ClassReport report)
    {
        // Once a TA scores manual questions, a student's maximum includes them.
        double max = report.Students.Select(s => s.MaxScore).Append(report.MaxScore).Max(), width = max / Bins;
        var counts = new int[Bins];
        foreach (var s in report.Students)
            counts[width > 0 ? Math.Clamp((int)Math.Floor(s.Score / width), 0, Bins - 1) : Bins - 1]++;
        var rows = counts
            .Select((n, i) => new BarRow(BinLabel(i, width), [new BarSegment(n, BarKind.Count)], Students(n)))
            .ToList();
        string title = $"{All[0].Title} ({report.Students.Count} students, out of {Points(max)})";
        return SvgWriter.HorizontalBars(title, rows, Math.Max(1, counts.Max()));
    }

    static string BinLabel(int i, double width) =>
        $"{Points(i * width)}–{Points((i + 1) * width)}{(i == Bins - 1 ? " (incl.)" : "")}";

    /// <summary>
    /// Per auto-graded question: the mean as a share of its points, and students at full marks (pass) or not (fail).
    /// </summary>
    public static string Questions(ClassReport report)
    {
        int students = report.Students.Count;
        var rows = new List<BarRow>();
        foreach (var q in report.Questions.Where(q => !q.Manual))
        {
            var results = report.Students.Select(s => s.Questions.First(x => x.Id == q.Id)).ToList();
            double mean = results.Count == 0 ? 0 : results.Average(r => r.Score ?? 0);
            int full = results.Count(r => r.Score >= r.MaxScore);
            rows.Add(new BarRow($"{q.Id}: mean",
                                [new BarSegment(q.Points > 0 ? mean / q.Points * students : 0, BarKind.Mean)],
                                $"mean {Points(mean)} / {Points(q.Points)}"));
            rows.Add(new BarRow($"{q.Id}: full marks",
                                [new BarSegment(full, BarKind.Pass), new BarSegment(students - full, BarKind.Fail)],
                                $"{full} of {students} passed, {students - full} failed"));
        }
        return SvgWriter.HorizontalBars(All[1].Title, rows, Math.Max(1, students));
    }

    /// <summary>
    /// Per question and known mistake, the students whose answers showed it on any case; the most common first.
    /// </summary>
    public static string Mistakes(ClassReport report)
    {
        var made = report.Students
            .SelectMany(s => s.Questions.Where(q => !q.Manual).SelectMany(q => q.Cases.Select(c => c.Diagnosis)
                .Append(q.Diagnosis).OfType<Diagnose.Diagnosis>().Select(d => d.Message).Distinct()
                .Select(d => (Question: q.Id, Mistake: d))))
            .GroupBy(m => m).Select(g => (g.Key, Count: g.Count()))
            .OrderByDescending(m => m.Count)
            .ThenBy(m => m.Key.Question, StringComparer.Ordinal).ThenBy(m => m.Key.Mistake, StringComparer.Ordinal)
            .Take(MostMistakes).ToList();
        var rows = made
            .Select(m => new BarRow($"{m.Key.Question}: {m.Key.Mistake}", [new BarSegment(m.Count, BarKind.Count)],
                                    Students(m.Count)))
            .ToList();
        int most = made.Select(m => m.Count).DefaultIfEmpty(0).Max();
        return SvgWriter.HorizontalBars(All[2].Title, rows, Math.Max(1, most));
    }

    static string Students(int n) => n == 1 ? "1 student" : $"{n} students";

    static string Points(double value) => MarkdownWriter.Points(value);
}
