using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace Grader.Compile;

/// <summary>A place in the compiled script's IL: a method's metadata token and an offset into its body.</summary>
public sealed record CodeOffset(int MethodToken, int IlOffset);

/// <summary>
/// A line of the student's code; File is the file of a submission folder's scripts (null for a single script), named
/// as its compile errors name it.
/// </summary>
public sealed record SourcePlace(string? File, int Line)
{
    public override string ToString() => File is null ? $"line {Line}" : $"{File}, line {Line}";
}

/// <summary>
/// The student's line for a place in the IL that ran. Most images carry no PDB: writing one costs a fifth of every
/// compile, and few submissions ever throw. The first question emits the PDB from the same compilation and reads its
/// sequence points (which #line directives have already mapped to the student's own file and line), but only for a
/// method whose IL is byte for byte the one that ran: Roslyn adds IL for some constructs when it writes a PDB (switch
/// expressions, so scripts with one embed their PDB from the start). A line is never guessed.
/// </summary>
public sealed class SourceLines(Compilation compilation, byte[] image)
{
    sealed record Debug(MetadataReader Pdb, PEReader Ran, PEReader Described);

    readonly Lazy<Debug?> debug = new(() =>
    {
        var ran = new PEReader(ImmutableArray.Create(image));
        var embedded = ran.ReadDebugDirectory()
            .FirstOrDefault(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        if (embedded.DataSize > 0)
            return new Debug(ran.ReadEmbeddedPortablePdbDebugDirectoryData(embedded).GetMetadataReader(), ran, ran);
        using var described = new MemoryStream();
        using var symbols = new MemoryStream();
        var withPdb = new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb);
        if (!compilation.Emit(described, symbols, options: withPdb).Success) return null;
        var pdb = MetadataReaderProvider.FromPortablePdbImage(ImmutableArray.Create(symbols.ToArray()))
            .GetMetadataReader();
        return new Debug(pdb, ran, new PEReader(ImmutableArray.Create(described.ToArray())));
    });

    /// <summary>The place of the first frame (innermost first) that has one; null when none has.</summary>
    public SourcePlace? PlaceOf(IEnumerable<CodeOffset> frames) =>
        debug.Value is { } found
            ? frames.Select(at => PlaceAt(found, at)).FirstOrDefault(place => place is not null)
            : null;

    // The script's own name: a document named otherwise is a file of a folder, joined in by a #line directive.
    readonly string scriptPath = compilation.SyntaxTrees.FirstOrDefault()?.FilePath ?? "";

    // As the runtime's own stack traces do: the last visible sequence point at or before the offset.
    SourcePlace? PlaceAt(Debug debug, CodeOffset at)
    {
        if (MetadataTokens.EntityHandle(at.MethodToken) is not { Kind: HandleKind.MethodDefinition } handle
            || MetadataTokens.GetRowNumber(handle) > debug.Pdb.MethodDebugInformation.Count
            || !SameBody(debug, (MethodDefinitionHandle)handle)) return null;
        SequencePoint? last = null;
        foreach (var point in debug.Pdb.GetMethodDebugInformation((MethodDefinitionHandle)handle).GetSequencePoints())
        {
            if (point.Offset > at.IlOffset) break;
            if (!point.IsHidden) last = point;
        }
        if (last is not { } found) return null;
        var document = debug.Pdb.GetString(debug.Pdb.GetDocument(found.Document).Name);
        return new(document == scriptPath ? null : document, found.StartLine);
    }

    static bool SameBody(Debug debug, MethodDefinitionHandle method) =>
        ReferenceEquals(debug.Ran, debug.Described)
        || Body(debug.Ran, method).SequenceEqual(Body(debug.Described, method));

    static ImmutableArray<byte> Body(PEReader image, MethodDefinitionHandle method)
    {
        var rva = image.GetMetadataReader().GetMethodDefinition(method).RelativeVirtualAddress;
        return rva == 0 ? [] : image.GetMethodBody(rva).GetILContent();
    }
}
