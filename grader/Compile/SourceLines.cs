using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace Grader.Compile;

/// <summary>A place in the compiled script's IL: a method's metadata token and an offset into its body.</summary>
public sealed record CodeOffset(int MethodToken, int IlOffset);

/// <summary>
/// The student's line for a place in the script's IL. The image that workers run carries no PDB: writing one costs a
/// fifth of every compile, and few submissions ever throw. The first question emits the PDB from the same compilation
/// (deterministic: the same IL and the same tokens) and reads its sequence points, which #line directives have already
/// mapped to the student's own file and line.
/// </summary>
public sealed class SourceLines(Compilation compilation)
{
    readonly Lazy<MetadataReader> pdb = new(() =>
    {
        using var image = new MemoryStream();
        using var symbols = new MemoryStream();
        compilation.Emit(image, symbols, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        return MetadataReaderProvider.FromPortablePdbImage(ImmutableArray.Create(symbols.ToArray())).GetMetadataReader();
    });

    /// <summary>The line of the first frame (innermost first) that has one; null when none has.</summary>
    public int? LineOf(IEnumerable<CodeOffset> frames) => frames.Select(LineAt).FirstOrDefault(line => line is not null);

    // As the runtime's own stack traces do: the last visible sequence point at or before the offset.
    int? LineAt(CodeOffset at)
    {
        if (MetadataTokens.EntityHandle(at.MethodToken) is not { Kind: HandleKind.MethodDefinition } handle
            || MetadataTokens.GetRowNumber(handle) > pdb.Value.MethodDebugInformation.Count) return null;
        int? line = null;
        foreach (var point in pdb.Value.GetMethodDebugInformation((MethodDefinitionHandle)handle).GetSequencePoints())
        {
            if (point.Offset > at.IlOffset) break;
            if (!point.IsHidden) line = point.StartLine;
        }
        return line;
    }
}
