using System.Xml.Linq;
using Grader.Report;

namespace Grader.Tests.Report;

/// <summary>JUnit XML from a class and from `check --junit`: valid against the schema, a test case per case.</summary>
public class JUnitWriterTests
{
    readonly ScratchClass scratch = new(Fixtures.Submission("correct.csx"), Fixtures.Submission("throws.csx"),
                                        Fixtures.Submission("does-not-compile.csx"));
    ClassReport report = null!;

    [OneTimeSetUp]
    public async Task Grade() => report = await scratch.Grade();

    [OneTimeTearDown]
    public void Clean() => scratch.Dispose();

    [Test]
    public void AClassFitsTheJUnitSchema() => Assert.That(Schemas.JUnitErrors(JUnitWriter.Write(report, true)),
                                                          Is.Empty);

    [Test]
    public void TheSchemaRefusesWhatJUnitReadersWouldNot()
    {
        var broken = JUnitWriter.Write(report, true).Replace("<testcase name=", "<testcase verdict=\"x\" name=");
        Assert.That(Schemas.JUnitErrors(broken), Is.Not.Empty, "an unknown attribute");
        Assert.That(Schemas.JUnitErrors("<testsuites><testsuite name=\"q\"/></testsuites>"), Is.Not.Empty,
                    "a suite without tests");
    }

    [Test]
    public void EveryCaseIsATestCaseInASuitePerStudentAndQuestion()
    {
        var xml = XDocument.Parse(JUnitWriter.Write(report, true));
        var suites = xml.Root!.Elements("testsuite").ToList();
        Assert.That(suites.Select(s => (string)s.Attribute("name")!),
                    Is.EqualTo(report.Students.SelectMany(s => s.Questions.Select(q => $"{s.Student}: {q.Id}"))));
        int cases = report.Students.Sum(s => s.Questions.Where(q => !q.Manual).Sum(q => q.Cases.Count));
        Assert.That(xml.Descendants("testcase").Count(t => t.Element("skipped") is null), Is.EqualTo(cases));
        Assert.That((int)xml.Root!.Attribute("tests")!, Is.EqualTo(cases));
        var throws = suites.Single(s => (string)s.Attribute("name")! == "throws: conv1d");
        var worked = throws.Elements("testcase").Single(t => (string)t.Attribute("name")! == "worked");
        var failure = worked.Element("failure")!;
        Assert.That((string)failure.Attribute("type")!, Is.EqualTo("runtime error"));
        Assert.That((string)failure.Attribute("message")!, Does.Contain("IndexOutOfRangeException")
                                                           .And.Contain("line 5"));
        Assert.That(suites.Single(s => (string)s.Attribute("name")! == "correct: why").Descendants("skipped"),
                    Has.Exactly(1).Items);
    }

    [Test]
    public void CompileErrorsAreSaidOnceForTheSubmission()
    {
        var xml = XDocument.Parse(JUnitWriter.Write(report, true));
        var errors = xml.Root!.Elements("testsuite")
                                 .Where(s => ((string)s.Attribute("name")!).StartsWith("does-not-compile"))
                                 .Elements("system-err").ToList();
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].Value, Does.Contain("error CS"));
    }

    [Test]
    public void CheckWritesJUnitGroupedByQuestion()
    {
        var file = Path.Combine(scratch.Root, "check.xml");
        Assert.That(Program.Main(["check", Fixtures.Tiny, Fixtures.Submission("throws.csx"), "--junit", file]),
                    Is.EqualTo(1));
        var text = File.ReadAllText(file);
        Assert.That(Schemas.JUnitErrors(text), Is.Empty);
        var suites = XDocument.Parse(text).Root!.Elements("testsuite").ToList();
        Assert.That(suites.Select(s => (string)s.Attribute("name")!), Is.EqualTo(new[] { "conv1d", "dw", "why" }));
        Assert.That(suites[0].Elements("testcase").Select(t => (string)t.Attribute("classname")!),
                    Has.All.EqualTo("tiny.conv1d"));
        Assert.That(XDocument.Parse(text).Descendants("testcase").Count(t => t.Element("skipped") is null),
                    Is.EqualTo(2), "public cases only");
    }

    [Test]
    public void AJUnitFileThatCannotBeWrittenIsAUsageError() =>
        Assert.That(Program.Main(["check", Fixtures.Tiny, Fixtures.Submission("correct.csx"), "--junit",
                                  Fixtures.Tiny]), Is.EqualTo(2));
}
