using Grader.Compile;
using System.Text;
using System.Text.RegularExpressions;
using Grader.Assignments;
using Grader.Check;
using Grader.Report;
using Grader.Score;

namespace Grader.Tests.Report;

/// <summary>GitHub Actions: command escaping, annotations at the student's line, a step summary within 1 MiB.</summary>
public partial class GitHubWriterTests
{
    [Test]
    public void WorkflowCommandTextIsEscapedPerGitHubsRules()
    {
        Assert.That(StudentText.GitHubData("50%\r\nnext: a, b"), Is.EqualTo("50%25%0D%0Anext: a, b"));
        Assert.That(StudentText.GitHubProperty("a: b, c%"), Is.EqualTo("a%3A b%2C c%25"));
        Assert.That(StudentText.GitHubData("\u001b[31m\u202e"), Is.EqualTo("\\u001b[31m\\u202e"),
                    "terminal escapes shown, not run");
    }

    static StudentReport Student(IReadOnlyList<string> errors, IReadOnlyList<Refusal> refusals) =>
        Scorer.Student("alice", "alice", [], errors, null) with { Refusals = refusals };

    [Test]
    public void CompileErrorsAndRefusedCodeAreAnnotatedAtTheStudentsFileAndLine()
    {
        var student = Student([
            "b-grad.csx, line 3, column 5: error GR0001: `File` is not allowed in homework (files)",
            "line 9, column 2: error CS0103: The name 'x' does not exist in the current context",
            "System.Threading.Monitor.Enter (threads and tasks)",
        ], [new Refusal("b-grad.csx", 3, "`File` is not allowed in homework (files)"),
            new Refusal(null, null, "Monitor is not allowed in homework")]);
        Assert.That(GitHubWriter.Annotations(student, "subs/alice", "alice: "), Is.EqualTo(new[]
        {
            "::error file=subs/alice/b-grad.csx,line=3,col=5,title=alice%3A refused code::"
            + "`File` is not allowed in homework (files)",
            "::error file=subs/alice,line=9,col=2,title=alice%3A compile error::"
            + "CS0103: The name 'x' does not exist in the current context",
            "::error file=subs/alice,title=alice%3A refused code::Monitor is not allowed in homework",
        }));
    }

    [Test]
    public void AHostileFileNameOrMessageStaysOneCommandWithItsOwnProperties()
    {
        const string hostile = "a,line=1::x\r\n::error file=forged::y %0A ##[error]z \u001b[2J";
        var student = Student([$"{hostile}.csx, line 2, column 1: error CS1029: #error: '{hostile}'"], []);
        var line = GitHubWriter.Annotations(student, "sub,dir:x").Single();
        Assert.That(line, Does.Not.Contain('\n').And.Not.Contain('\r').And.Not.Contain('\u001b'));
        var command = Command().Match(line);
        Assert.That(command.Success, line);
        Assert.That(command.Groups["file"].Value,
                    Is.EqualTo("sub%2Cdir%3Ax/a%2Cline=1%3A%3Ax%0D%0A%3A%3Aerror file=forged%3A%3Ay %250A "
                               + "##[error]z \\u001b[2J.csx"));
        Assert.That(command.Groups["line"].Value, Is.EqualTo("2"));
    }

    [GeneratedRegex("^::error file=(?<file>[^,:]*),line=(?<line>[0-9]+),col=[0-9]+,title=[^,:]*::[^\r\n]*$")]
    private static partial Regex Command();

    static ClassReport Class(int students, int messageBytes)
    {
        var question = new QuestionSpec { Id = "conv1d", Title = "1D convolution", Points = 6 };
        var wrong = new NotRun(new string('x', messageBytes));
        var graded = Scorer.Score(question, [(new GradedCase { Name = "worked", Public = true }, (CaseVerdict)wrong)]);
        return new ClassReport("tiny", "Tiny", "now", [new("conv1d", "1D convolution", 6, false)],
                               [.. Enumerable.Range(0,
                                                    students).Select(i => Scorer.Student($"s{i}", $"s{i}.csx",
                                                        [graded], [], null))]);
    }

    [Test]
    public void AStepSummaryThatWouldPassOneMiBNamesHowManyReportsItLeftOut()
    {
        var report = Class(400, 4000);
        var summary = GitHubWriter.StepSummary(report, GitHubWriter.SummaryLimitBytes);
        Assert.That(Encoding.UTF8.GetByteCount(summary), Is.LessThanOrEqualTo(GitHubWriter.SummaryLimitBytes));
        int shown = Regex.Matches(summary, "^# Tiny: ", RegexOptions.Multiline).Count;
        Assert.That(shown, Is.InRange(100, 399));
        Assert.That(summary,
                    Does.Contain($"_{400 - shown} more reports are not shown: a step summary holds at most 1 MiB._"));
    }

    [Test]
    public void ASmallClassIsSummarisedWhole()
    {
        var summary = GitHubWriter.StepSummary(Class(3, 10), GitHubWriter.SummaryLimitBytes);
        Assert.That(Regex.Matches(summary, "^# Tiny: ", RegexOptions.Multiline), Has.Count.EqualTo(3));
        Assert.That(summary, Does.Not.Contain("not shown"));
    }

    [Test]
    public void OneReportLargerThanTheBudgetIsCutAtALine()
    {
        var summary = GitHubWriter.StepSummary(Class(2, 3000), 2000);
        Assert.That(Encoding.UTF8.GetByteCount(summary), Is.LessThanOrEqualTo(2000));
        Assert.That(summary, Does.StartWith("# Tiny: s0").And.Contain("This report is cut here")
                             .And.Contain("_1 more report is not shown"));
    }
}
