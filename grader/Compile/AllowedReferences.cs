using Microsoft.CodeAnalysis;

namespace Grader.Compile;

/// <summary>
/// The fixed set of assemblies student code compiles against: the core library, collections, LINQ, numerics and the
/// console. Never the reference (the answer key) and never the grader. Created once: metadata is costly to read.
/// </summary>
public static class AllowedReferences
{
    static readonly string[] Files =
    [
        "System.Private.CoreLib.dll", "System.Runtime.dll", "System.Collections.dll", "System.Linq.dll",
        "System.Runtime.Numerics.dll", "System.Numerics.Vectors.dll", "System.Memory.dll", "System.Console.dll",
        "System.Runtime.Intrinsics.dll",
    ];

    /// <summary>Namespaces every script sees without a using directive.</summary>
    public static readonly string[] Imports =
        ["System", "System.Linq", "System.Collections.Generic", "System.Numerics"];

    public static readonly IReadOnlyList<MetadataReference> All = Load();

    static MetadataReference[] Load()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Files
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(runtimeDirectory, f)))
            .ToArray();
    }
}
