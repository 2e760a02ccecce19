using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Grader.Tests.Pack;

namespace Grader.Tests.Checker;

/// <summary>
/// The student checker as students install it (the .nupkg the test build packs): no answer key in it — no
/// Grader.Reference or Grader.Cnn assembly, no reference to one, no reference, mistake or case-generation type, no file
/// of an assignment (hidden cases, seeds) — and, unpacked, it checks a student copy and names a known mistake.
/// The same inspection of the staff tool's assembly finds the answer key, so the checks can fail.
/// </summary>
public class CheckerPackageTests
{
    static readonly string[] AnswerKeyAssemblies = ["Grader.Reference", "Grader.Cnn", "grader"];
    static readonly string[] AnswerKeyNamespaces = ["Grader.Reference", "Grader.Cnn", "Grader.Cases", "Grader.Pack"];

    string unpacked = null!;

    static string Package =>
        Directory.GetFiles(PackedAssignments.CheckerPackageFolder, "Grader.Check.*.nupkg").Single();

    [OneTimeSetUp]
    public void Unpack()
    {
        unpacked = Directory.CreateTempSubdirectory("grader-check-tool-").FullName;
        ZipFile.ExtractToDirectory(Package, unpacked);
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(unpacked, recursive: true);

    string ToolFolder => Path.Combine(unpacked, "tools", "net10.0", "any");

    [Test]
    public void ThePackageHoldsOnlyTheToolsAssembliesAndSettings()
    {
        using var zip = ZipFile.OpenRead(Package);
        var files = zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("tools/", StringComparison.Ordinal))
                       .Select(Path.GetFileName).ToList();
        Assert.That(files, Has.None.StartsWith("Grader.Reference").And.None.StartsWith("Grader.Cnn")
                              .And.None.EqualTo("grader.dll").And.None.EndsWith(".csx").And.None.Contain("hidden"));
        Assert.That(files.Where(f => !f!.EndsWith(".dll", StringComparison.Ordinal)
                                     && !f.EndsWith(".pdb", StringComparison.Ordinal)),
                    Is.EquivalentTo(new[]
                    {
                        "DotnetToolSettings.xml", "grader-check.deps.json", "grader-check.runtimeconfig.json",
                    }));
    }

    [Test]
    public void NoAssemblyOfTheToolReferencesTheAnswerKey()
    {
        foreach (var dll in Directory.GetFiles(ToolFolder, "*.dll"))
            Assert.That(References(dll), Has.None.AnyOf(AnswerKeyAssemblies), dll);
    }

    [Test]
    public void TheCheckerDefinesNoAnswerKeyTypeAndEmbedsNoAssignmentFile()
    {
        var dll = Path.Combine(ToolFolder, "grader-check.dll");
        Assert.That(Namespaces(dll).Where(n => AnswerKeyNamespaces.Any(n.StartsWith)), Is.Empty);
        Assert.That(TypeNames(dll), Has.None.EndsWith("Mistakes").And.None.EqualTo("CaseGenerator"));
        Assert.That(Resources(dll), Is.EqualTo(new[] { "Grader.Report.report.css" }));
    }

    [Test]
    public void TheSameInspectionFindsTheAnswerKeyInTheStaffTool()
    {
        var staff = typeof(Grader.Program).Assembly.Location;
        Assert.That(References(staff), Has.Member("Grader.Reference").And.Member("Grader.Cnn"));
        Assert.That(Namespaces(staff), Has.Member("Grader.Cases"));
    }

    [Test]
    public void ThePackedCheckerNamesAKnownMistakeOnAStudentCopy()
    {
        var copy = PackedAssignments.Student("conv-backprop");
        var example = Path.Combine(Fixtures.Bundled("conv-backprop"), "examples", "transposed-weight-gradient.csx");
        var info = new ProcessStartInfo(Grader.Run.WorkerLaunch.Default().Host)
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        var tool = Path.Combine(ToolFolder, "grader-check.dll");
        foreach (var argument in new[] { tool, "check", Path.Combine(copy, "assignment"), example })
            info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.EqualTo(1), error.Result);
        Assert.That(output, Does.Contain("likely mistake: Your dL/dW has its two spatial axes swapped")
                                .And.EndWith("3 of 23 public cases fail: fix them before you submit "
                                             + "(hidden cases are graded too).\n"));
    }

    static List<string> References(string dll) =>
        Read(dll, m => m.AssemblyReferences.Select(r => m.GetString(m.GetAssemblyReference(r).Name)));

    static List<string> Namespaces(string dll) =>
        Read(dll, m => m.TypeDefinitions.Select(t => m.GetString(m.GetTypeDefinition(t).Namespace)).Distinct());

    static List<string> TypeNames(string dll) =>
        Read(dll, m => m.TypeDefinitions.Select(t => m.GetString(m.GetTypeDefinition(t).Name)));

    static List<string> Resources(string dll) =>
        Read(dll, m => m.ManifestResources.Select(r => m.GetString(m.GetManifestResource(r).Name)));

    static List<string> Read(string dll, Func<MetadataReader, IEnumerable<string>> select)
    {
        using var pe = new PEReader(File.OpenRead(dll));
        return [.. select(pe.GetMetadataReader())];
    }
}
