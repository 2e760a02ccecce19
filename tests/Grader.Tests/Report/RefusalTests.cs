using Grader.Pipeline;
using Grader.Compile;
using Grader.Cli;
using Grader.Report;
using Newtonsoft.Json.Linq;

namespace Grader.Tests.Report;

/// <summary>
/// Code the guard refused is flagged where a TA scans the class (summary, grades.csv, results.json) with its line and
/// reason, even when stubbing it cost no points (Fixtures/report/refused-helper.csx scores full marks), and survives
/// `merge`.
/// </summary>
public class RefusalTests
{
    readonly ScratchClass scratch = new([.. new[] { "refused-helper.csx", "uses-lock.csx" }
                                               .Select(f => Path.Combine(Fixtures.Root, "report", f)),
                                         Fixtures.Submission("correct.csx")]);
    ClassReport report = null!;

    [OneTimeSetUp]
    public async Task Grade() => report = await scratch.Grade();

    [OneTimeTearDown]
    public void Clean() => scratch.Dispose();

    string ClassFile(string name) => scratch.Read(name);

    [Test]
    public void ARefusalThatCostNothingIsStillOnTheReport()
    {
        var helper = Fixtures.Student(report, "refused-helper");
        Assert.That(helper.Score, Is.EqualTo(10));
        Assert.That(helper.Refusals, Has.Some.Matches<Refusal>(r => r.File == null && r.Line == 21
            && r.Reason.StartsWith("`File` is not allowed in homework (files)")));
        Assert.That(Fixtures.Student(report, "correct").Refusals, Is.Empty);
    }

    [Test]
    public void WhatTheCompilerWritesForALegalFeatureIsNoRefusal()
    {
        Assert.That(Fixtures.Student(report, "uses-lock").Refusals, Is.Empty);
        Assert.That(Fixtures.Student(report, "uses-lock").Score, Is.EqualTo(6),
                    "Conv1D is right; there is no Conv1DWeightGradient");
    }

    [Test]
    public void TheClassSummaryListsWhoTriedWhat()
    {
        var summary = ClassFile("summary.md");
        Assert.That(summary, Does.Contain("## Refused code"));
        Assert.That(summary, Does.Contain("| refused\\-helper | line 21 | "
                                          + "\\`File\\` is not allowed in homework \\(files\\)\\:"));
        Assert.That(summary, Does.Not.Contain("| uses\\-lock |"));
        Assert.That(summary.Split('\n').Where(l => l.StartsWith("| correct ")), Is.Empty);
    }

    [Test]
    public void GradesCsvHasARefusedColumn()
    {
        var rows = ClassFile("grades.csv").TrimEnd().Split('\n');
        Assert.That(rows[0], Does.EndWith(",refused,raw_score,late_penalty_percent,status"));
        Assert.That(rows.Single(r => r.StartsWith("refused-helper,")),
                    Does.StartWith("refused-helper,10,10,6,4,,")
                        .And.Contain("line 21: `File` is not allowed in homework (files)"));
        Assert.That(rows.Single(r => r.StartsWith("correct,")), Does.EndWith(",,10,0,graded"));
    }

    [Test]
    public void ResultsJsonListsEachRefusal()
    {
        var students = (JArray)JObject.Parse(ClassFile("results.json"))["students"]!;
        var helper = students.Single(s => (string)s["student"]! == "refused-helper");
        Assert.That(helper["refusals"]!.Select(r => ((int?)r["line"], (string)r["reason"]!)),
            Has.Some.Matches<(int? Line, string Reason)>(
                r => r.Line == 21 && r.Reason.StartsWith("`File` is not allowed in homework (files)")));
        Assert.That(students.Single(s => (string)s["student"]! == "correct")["refusals"], Is.Empty);
    }

    [Test]
    public void MergeKeepsTheRefusals() =>
        Assert.That(ClassMerge.Read([scratch.Output]).Single().Report.Students.Select(s => s.Refusals),
                    Is.EqualTo(report.Students.Select(s => s.Refusals)));
}
