using Grader.Report;

namespace Grader.Tests.Report;

/// <summary>
/// Canvas's and Moodle's gradebook CSVs from a graded class (tiny: 10 auto-graded points and 2 by hand; correct 10,
/// throws 4), with the columns those LMSs document for import.
/// </summary>
public class GradebookExportsTests
{
    readonly ScratchClass scratch = new(Fixtures.Submission("correct.csx"), Fixtures.Submission("throws.csx"));

    [OneTimeSetUp]
    public async Task Grade() => await scratch.Grade();

    [OneTimeTearDown]
    public void Clean() => scratch.Dispose();

    string[] Lines(string file) => scratch.Read(file).TrimEnd().Split('\n');

    [Test]
    public void CanvasHasItsUserColumnsAPointsPossibleRowAndTheAssignment()
    {
        var lines = Lines(GradebookExports.CanvasFile);
        Assert.That(lines[0], Is.EqualTo("Student,ID,SIS User ID,SIS Login ID,Section,Tiny fixture: 1D convolution"));
        Assert.That(lines[1], Is.EqualTo("Points Possible,,,,,12"), "the manual points are possible too");
        Assert.That(lines.Skip(2), Is.EqualTo(new[] { "correct,,,correct,,10", "throws,,,throws,,4" }));
    }

    [Test]
    public void MoodleHasItsExportColumnsWithTheIdNumber()
    {
        var lines = Lines(GradebookExports.MoodleFile);
        Assert.That(lines[0], Is.EqualTo("First name,Last name,ID number,Institution,Department,Email address,"
                                         + "Assignment: Tiny fixture: 1D convolution (Real)"));
        Assert.That(lines.Skip(1), Is.EqualTo(new[] { ",,correct,,,,10", ",,throws,,,,4" }));
    }

    [Test]
    public void EveryRowIsAsWideAsItsHeaderAndHoldsNoFormula()
    {
        Inert.Csv(scratch.Read(GradebookExports.CanvasFile), "canvas-grades.csv");
        Inert.Csv(scratch.Read(GradebookExports.MoodleFile), "moodle-grades.csv");
    }
}
