using Grader.Compile;

namespace Grader.Tests.Compile;

/// <summary>What the policy allows and why it refuses: debugging habits pass, the rest keeps its own reason.</summary>
public class ApiPolicyTests
{
    // Namespace, type, member: what a debugging habit calls, and what reaches outside the submission.
    static readonly string[][] Habits =
    [
        ["System.IO", "TextWriter", "Flush"], ["System.IO", "TextWriter", "Dispose"],
        ["System.IO", "TextWriter", "get_Encoding"], ["System.IO", "TextWriter", "get_NewLine"],
        ["System", "Environment", "get_NewLine"], ["System", "Console", "get_Out"],
    ];

    static readonly string[][] Outside =
    [
        ["System.IO", "TextWriter", "set_NewLine"], ["System.IO", "File", "ReadAllText"],
        ["System", "Environment", "GetEnvironmentVariable"], ["System", "Console", "SetOut"],
    ];

    [TestCaseSource(nameof(Habits))]
    public void ADebuggingHabitIsAllowed(string ns, string type, string member) =>
        Assert.That(ApiPolicy.Ban(ns, type, member), Is.Null);

    [TestCaseSource(nameof(Outside))]
    public void ReachingOutsideTheSubmissionIsStillRefused(string ns, string type, string member) =>
        Assert.That(ApiPolicy.Ban(ns, type, member), Is.Not.Null);

    [Test]
    public void AThreadPoolCallNamedUnsafeIsRefusedAsAThreadNotAsUnsafeCode() =>
        Assert.That(ApiPolicy.Ban("System.Threading", "ThreadPool", "UnsafeQueueUserWorkItem"),
                    Is.EqualTo(BanCategory.Threads));

    [Test]
    public void AnUncheckedVectorLoadIsStillUnsafeCode() =>
        Assert.That(ApiPolicy.Ban("System.Runtime.Intrinsics", "Vector128", "LoadUnsafe"),
                    Is.EqualTo(BanCategory.Unsafe));
}
