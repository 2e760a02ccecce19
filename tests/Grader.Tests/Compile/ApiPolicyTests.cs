using Grader.Compile;

namespace Grader.Tests.Compile;

/// <summary>What the policy allows and why it refuses: debugging habits pass, the rest keeps its own reason.</summary>
public class ApiPolicyTests
{
    [TestCase("System.IO", "TextWriter", "Flush")]
    [TestCase("System.IO", "TextWriter", "Dispose")]
    [TestCase("System.IO", "TextWriter", "get_Encoding")]
    [TestCase("System.IO", "TextWriter", "get_NewLine")]
    [TestCase("System", "Environment", "get_NewLine")]
    [TestCase("System", "Console", "get_Out")]
    public void ADebuggingHabitIsAllowed(string ns, string type, string member) =>
        Assert.That(ApiPolicy.Ban(ns, type, member), Is.Null);

    [TestCase("System.IO", "TextWriter", "set_NewLine")]
    [TestCase("System.IO", "File", "ReadAllText")]
    [TestCase("System", "Environment", "GetEnvironmentVariable")]
    [TestCase("System", "Console", "SetOut")]
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
