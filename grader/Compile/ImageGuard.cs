using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Grader.Compile;

/// <summary>
/// What the image check found: every refused use (and, by source name, the members whose IL makes it), and whether
/// the image calls members only the compiler may call for a legal feature (then the source walk must run in full, to
/// tell whether the student named one of them).
/// </summary>
public sealed record ImageFindings(IReadOnlyList<string> Problems, IReadOnlyList<BannedUse> Uses,
                                   bool UsesCompilerOnlyMembers)
{
    public static readonly ImageFindings None = new([], [], false);
    public bool IsClean => Problems.Count == 0 && !UsesCompilerOnlyMembers;
}

/// <summary>A banned member the image references, its category, and the script's members whose IL uses it.</summary>
public sealed record BannedUse(string Type, string Member, BanCategory Category, IReadOnlyList<string> Methods)
{
    /// <summary>What the image guard reports: "System.IO.File.Delete (files)".</summary>
    public string Problem => $"{Type}.{Member} ({Category})";

    /// <summary>The member as a student reads it in a refusal: "File.Delete", "new FileStream".</summary>
    public string What => Member is ".ctor" ? $"new {Type[(Type.LastIndexOf('.') + 1)..]}"
        : $"{Type[(Type.LastIndexOf('.') + 1)..]}.{Member}";
}

/// <summary>
/// The second guard, over what was really emitted: every member reference in the image is checked against the
/// same policy, so nothing the source walk missed (an alias, a generic instantiation, an implicit call) gets
/// through. P/Invoke declarations are refused outright. What the compiler itself calls for a legal feature (a record's
/// equality, a lock, a collection expression) is the student's only where the source walk finds it named.
/// </summary>
public static class ImageGuard
{
    public static ImageFindings Check(byte[] image)
    {
        using var pe = new PEReader(ImmutableArray.Create(image));
        var view = new PEReaderView(pe);
        var md = view.Metadata;
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        var bannedReferences = new List<(MemberReferenceHandle Handle, BannedUse Use)>();
        bool compilerOnly = false;
        // Member references, not bare type references: nothing can be called without one, while a type reference alone
        // may come from the embedded PDB (a `using` alias) or a harmless cast.
        foreach (var handle in md.MemberReferences)
        {
            var reference = md.GetMemberReference(handle);
            if (Parent(md, reference.Parent) is not var (ns, name)) continue;
            var member = md.GetString(reference.Name);
            if (ApiPolicy.EmittedForLegalFeature(ns, name, member)) compilerOnly = true;
            else if (ApiPolicy.Ban(ns, name, member) is { } category)
            {
                var use = new BannedUse(Display(ns, name), member, category, []);
                problems.Add(use.Problem);
                bannedReferences.Add((handle, use));
            }
        }
        foreach (var handle in md.MethodDefinitions)
        {
            var method = md.GetMethodDefinition(handle);
            if (!method.GetImport().Module.IsNil) problems.Add($"native method {md.GetString(method.Name)} (interop)");
            // A body the runtime supplies (extern, UnsafeAccessor, InternalCall): only delegates' and interfaces' are
            // plain code.
            else if (method.RelativeVirtualAddress == 0
                     && !method.Attributes.HasFlag(System.Reflection.MethodAttributes.Abstract)
                     && !method.ImplAttributes.HasFlag(System.Reflection.MethodImplAttributes.Runtime))
                problems.Add($"method {md.GetString(method.Name)} without a body (interop)");
            if (md.GetString(method.Name) == "Finalize"
                && method.Attributes.HasFlag(System.Reflection.MethodAttributes.Virtual))
                problems.Add("a finalizer (finalizers run after the case)");
        }
        // Layout and marshalling are metadata flags, not member references: overlapping fields forge object references.
        foreach (var handle in md.TypeDefinitions)
        {
            var type = md.GetTypeDefinition(handle);
            // The compiler's own blobs for array initialisers: a name C# cannot spell.
            bool compilers = md.GetString(type.Name).StartsWith("__StaticArrayInitTypeSize=", StringComparison.Ordinal);
            if (type.Attributes.HasFlag(System.Reflection.TypeAttributes.ExplicitLayout) && !compilers)
                problems.Add($"explicit layout of {md.GetString(type.Name)} (unsafe code)");
            if (type.Attributes.HasFlag(System.Reflection.TypeAttributes.Import))
                problems.Add($"COM import {md.GetString(type.Name)} (interop)");
        }
        foreach (var handle in md.FieldDefinitions)
        {
            var field = md.GetFieldDefinition(handle);
            if (field.GetOffset() >= 0 || !field.GetMarshallingDescriptor().IsNil)
                problems.Add($"field layout of {md.GetString(field.Name)} (interop)");
        }
        return new ImageFindings(problems.ToList(), Uses(view, bannedReferences), compilerOnly);
    }

    // Each banned member with the source names of the members whose IL uses it (read only when something is banned),
    // in the order of Problems.
    static List<BannedUse> Uses(PEReaderView view, List<(MemberReferenceHandle, BannedUse)> banned)
    {
        if (banned.Count == 0) return [];
        var uses = IlMemberUses.Read(view);
        return [.. banned.Where(b => uses.ContainsKey(b.Item1))
            .GroupBy(b => b.Item2.Problem, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First().Item2 with { Methods = [.. g.SelectMany(b => uses[b.Item1]).Distinct()] })];
    }

    static (string Namespace, string Name) Name(MetadataReader md, TypeReferenceHandle handle)
    {
        var type = md.GetTypeReference(handle);
        // A nested type answers for its enclosing type's namespace.
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            return Name(md, (TypeReferenceHandle)type.ResolutionScope);
        return (md.GetString(type.Namespace), md.GetString(type.Name));
    }

    static (string, string)? Parent(MetadataReader md, EntityHandle parent) => parent.Kind switch
    {
        HandleKind.TypeReference => Name(md, (TypeReferenceHandle)parent),
        HandleKind.TypeSpecification => md.GetTypeSpecification((TypeSpecificationHandle)parent)
            .DecodeSignature(new GenericDefinition(md), null),
        _ => null, // members of the script's own types
    };

    static string Display(string ns, string name) => ns.Length == 0 ? name : $"{ns}.{name}";

    /// <summary>
    /// Reduces a type signature to the type reference it instantiates (Task`1 for Task&lt;int&gt;), or null.
    /// </summary>
    sealed class GenericDefinition(MetadataReader md) : ISignatureTypeProvider<(string, string)?, object?>
    {
        public (string, string)? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle,
                                                      byte rawTypeKind) => Name(md, handle);
        public (string, string)? GetGenericInstantiation(
            (string, string)? genericType, ImmutableArray<(string, string)?> typeArguments) => genericType;
        public (string, string)? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle,
                                                       byte rawTypeKind) => null;
        public (string, string)? GetTypeFromSpecification(MetadataReader reader, object? context,
                                                          TypeSpecificationHandle handle, byte rawTypeKind) => null;
        public (string, string)? GetArrayType((string, string)? elementType, ArrayShape shape) => null;
        public (string, string)? GetByReferenceType((string, string)? elementType) => null;
        public (string, string)? GetPointerType((string, string)? elementType) => null;
        public (string, string)? GetSZArrayType((string, string)? elementType) => null;
        public (string, string)? GetPrimitiveType(PrimitiveTypeCode typeCode) => null;
        public (string, string)? GetFunctionPointerType(MethodSignature<(string, string)?> signature) => null;
        public (string, string)? GetGenericMethodParameter(object? context, int index) => null;
        public (string, string)? GetGenericTypeParameter(object? context, int index) => null;
        public (string, string)? GetModifiedType((string, string)? modifier, (string, string)? unmodifiedType,
                                                 bool isRequired) => unmodifiedType;
        public (string, string)? GetPinnedType((string, string)? elementType) => null;
    }
}
