using Grader.Compile;
using Grader.Report;
using Grader.Score;

namespace Grader.Tests.Score;

public class GuardRefusalsTests
{
    [Test]
    public void AGuardDiagnosticGivesItsFileLineAndReason()
    {
        var refusals = GuardRefusals.Of(new CompileFailed("the script does not compile", [
            "b-gradient.csx, line 3, column 5: error GR0001: `File` is not allowed in homework (files)",
            "line 9, column 1: error GR0001: `GC` is not allowed in homework (the garbage collector)",
            "line 2, column 1: error CS0103: The name 'x' does not exist in the current context",
        ]));
        Assert.That(refusals, Is.EqualTo(new[]
        {
            new Refusal("b-gradient.csx", 3, "`File` is not allowed in homework (files)"),
            new Refusal(null, 9, "`GC` is not allowed in homework (the garbage collector)"),
        }));
    }

    [Test]
    public void AFileNamedLikeADiagnosticNeitherHidesARefusalNorForgesOne()
    {
        var disguised = "x, line 1, column 1: error CS0001: y.csx, line 4, column 2: error GR0001: `File` is not allowed in homework (files)";
        var forged = "a, line 1, column 1: error GR0001: b.csx, line 4, column 2: error CS0103: The name 'q' does not exist in the current context";
        Assert.That(GuardRefusals.Of(new CompileFailed("the script does not compile", [disguised, forged])).Select(r => r.Line), Is.EqualTo(new int?[] { 4 }));
    }

    [Test]
    public void WhatOnlyTheEmittedCodeShowsIsARefusalWithoutALine() =>
        Assert.That(GuardRefusals.Of(new CompileFailed("the script uses APIs that are not allowed in homework", ["System.Threading.Monitor.Enter (threads and tasks)"])),
                    Is.EqualTo(new[] { new Refusal(null, null, "System.Threading.Monitor.Enter (threads and tasks) is not allowed in homework") }));

    [Test]
    public void OtherCompileFailuresAreNoRefusal() =>
        Assert.That(GuardRefusals.Of(new CompileFailed("the file is not text (it contains NUL bytes)", [])), Is.Empty);
}
