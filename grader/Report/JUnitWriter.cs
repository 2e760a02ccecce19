using Grader.Check;
using System.Globalization;
using System.Text;
using System.Xml;

namespace Grader.Report;

/// <summary>
/// JUnit XML (the Jenkins/Ant format CI systems show as test results): a test case per case, a suite per question,
/// per student and question for a class. A student-audience rendering: every student is formatted through
/// <see cref="StudentReport.ForStudent"/>, so a hidden case shows its name and verdict kind, never a value.
/// </summary>
public static class JUnitWriter
{
    public static string Write(ClassReport report, bool perStudent)
    {
        var bytes = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(bytes, settings))
        {
            var students = report.Students.Select(s => s.ForStudent(report.ListsHiddenCases)).ToList();
            var cases = students.SelectMany(s => s.Questions).Where(q => !q.Manual).SelectMany(q => q.Cases).ToList();
            xml.WriteStartElement("testsuites");
            Attributes(xml, ("name", report.Title), ("tests", Count(cases.Count)),
                       ("failures", Count(cases.Count(Failed))), ("errors", "0"),
                       ("skipped", Count(students.Sum(s => s.Questions.Count(q => q.Manual)))));
            foreach (var student in students) Student(xml, report, student, perStudent);
            xml.WriteEndElement();
        }
        return Encoding.UTF8.GetString(bytes.ToArray()) + "\n";
    }

    static void Student(XmlWriter xml, ClassReport report, StudentReport student, bool perStudent)
    {
        var prefix = perStudent ? $"{student.Student}: " : "";
        var said = string.Join("\n", new[] { student.Notice }.Concat(student.CompileErrors).OfType<string>());
        foreach (var (q, index) in student.Questions.Select((q, i) => (q, i)))
        {
            var cases = q.Manual ? [] : q.Cases;
            xml.WriteStartElement("testsuite");
            Attributes(xml, ("name", prefix + q.Id), ("tests", Count(q.Manual ? 1 : cases.Count)),
                       ("failures", Count(cases.Count(Failed))), ("errors", "0"), ("skipped", Count(q.Manual ? 1 : 0)));
            var classname = $"{report.AssignmentId}.{(perStudent ? student.Student + "." : "")}{q.Id}";
            if (q.Manual) Manual(xml, q, classname);
            foreach (var c in cases) Case(xml, q, c, classname);
            // What concerns the whole submission (compile errors, a notice) once, beside the first question.
            if (index == 0 && said.Length > 0) xml.WriteElementString("system-err", StudentText.Xml(said));
            xml.WriteEndElement();
        }
    }

    static void Manual(XmlWriter xml, QuestionReport q, string classname)
    {
        xml.WriteStartElement("testcase");
        Attributes(xml, ("name", q.Title), ("classname", classname));
        xml.WriteStartElement("skipped");
        Attributes(xml, ("message", "graded by hand"));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    static void Case(XmlWriter xml, QuestionReport q, CaseReport c, string classname)
    {
        xml.WriteStartElement("testcase");
        Attributes(xml, ("name", c.Public ? c.Name : $"{c.Name} (hidden)"), ("classname", classname));
        if (Failed(c))
        {
            var likely = c.Diagnosis ?? q.Diagnosis;
            xml.WriteStartElement("failure");
            Attributes(xml, ("message", c.Message.Length > 0 ? $"{c.Verdict.Label()}: {c.Message}" : c.Verdict.Label()),
                       ("type", c.Verdict.Label()));
            string text = likely is null ? c.Message : $"{c.Message}\nLikely mistake: {likely.Message}";
            xml.WriteString(StudentText.Xml(text));
            xml.WriteEndElement();
        }
        if (c.Output is { Length: > 0 } output) xml.WriteElementString("system-out", StudentText.Xml(output));
        xml.WriteEndElement();
    }

    static bool Failed(CaseReport c) => c.Verdict != VerdictKind.Passed;

    static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    static void Attributes(XmlWriter xml, params (string Name, string Value)[] attributes)
    {
        foreach (var (name, value) in attributes) xml.WriteAttributeString(name, StudentText.Xml(value));
    }
}
