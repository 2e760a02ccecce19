using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Grader.Compile;

/// <summary>
/// Which of the script's methods use each member reference, read from the IL: a refusal the source walk could not place
/// (an implicit call) is then pinned to the method that makes it,
/// so only that method is stubbed and the message names it.
/// </summary>
static class IlMemberUses
{
    /// <summary>For each member reference used in a method body, the names of the methods that use it.</summary>
    public static Dictionary<MemberReferenceHandle, SortedSet<string>> Read(PEReaderView image)
    {
        var uses = new Dictionary<MemberReferenceHandle, SortedSet<string>>();
        var md = image.Metadata;
        foreach (var handle in md.MethodDefinitions)
        {
            var method = md.GetMethodDefinition(handle);
            if (method.RelativeVirtualAddress == 0) continue;
            var name = SourceName(md, method);
            var il = image.Body(method.RelativeVirtualAddress).GetILReader();
            while (il.RemainingBytes > 0)
            {
                int opcode = il.ReadByte();
                if (opcode == 0xFE) opcode = 0xFE00 | il.ReadByte();
                int size = OperandSize(opcode, ref il);
                if (size != 4 || !CarriesToken(opcode))
                {
                    il.Offset += size;
                    continue;
                }
                // The token is read whatever it names: the script's own fields and methods are not references.
                if (Reference(md, MetadataTokens.EntityHandle(il.ReadInt32())) is { } reference)
                {
                    if (!uses.TryGetValue(reference, out var names))
                        uses[reference] = names = new(StringComparer.Ordinal);
                    names.Add(name);
                }
            }
        }
        return uses;
    }

    // The top-level member the student wrote this code in. A method of the script class is itself; code in a type the
    // student declared belongs to that type; the compiler's own types (closures `<>c`, state machines `<Later>d__1`)
    // and methods (lambdas `<Conv1D>b__0_0`, local functions) carry the source method's name between angle brackets.
    static string SourceName(MetadataReader md, MethodDefinition method)
    {
        var chain = new List<string> { md.GetString(method.Name) };
        var type = md.GetTypeDefinition(method.GetDeclaringType());
        while (type.GetDeclaringType() is { IsNil: false } outer)
        {
            chain.Add(md.GetString(type.Name));
            type = md.GetTypeDefinition(outer);
        }
        if (!chain[^1].StartsWith('<')) return chain[^1];
        return chain.AsEnumerable().Reverse().Select(Unmangle).FirstOrDefault(n => n.Length > 0) ?? chain[0];
    }

    static string Unmangle(string name) =>
        name.StartsWith('<') && name.IndexOf('>') is > 1 and var end ? name[1..end] : "";

    static MemberReferenceHandle? Reference(MetadataReader md, EntityHandle token) => token.Kind switch
    {
        HandleKind.MemberReference => (MemberReferenceHandle)token,
        HandleKind.MethodSpecification when md.GetMethodSpecification((MethodSpecificationHandle)token).Method is
            { Kind: HandleKind.MemberReference } generic => (MemberReferenceHandle)generic,
        _ => null,
    };

    // call, callvirt, newobj, jmp, ldftn, ldvirtftn, ldtoken, and the field instructions.
    static bool CarriesToken(int opcode) =>
        opcode is 0x27 or 0x28 or 0x6F or 0x73 or 0xD0 or 0xFE06 or 0xFE07 || opcode is >= 0x7B and <= 0x80;

    // ECMA-335 III: the size of each instruction's operand (a switch's depends on its count, read here).
    static int OperandSize(int opcode, ref BlobReader il)
    {
        switch (opcode)
        {
            case >= 0x0E and <= 0x13: case 0x1F: case >= 0x2B and <= 0x37: case 0xDE: case 0xFE12: case 0xFE19:
                return 1;
            case >= 0xFE09 and <= 0xFE0E:
                return 2;
            case 0x21: case 0x23:
                return 8;
            case 0x45:
                return 4 * il.ReadInt32();
            case 0x20: case 0x22: case >= 0x27 and <= 0x29: case >= 0x38 and <= 0x44: case >= 0x6F and <= 0x75:
            case 0x79: case >= 0x7B and <= 0x81: case 0x8C: case 0x8D: case 0x8F: case >= 0xA3 and <= 0xA5: case 0xC2:
            case 0xC6:
            case 0xD0: case 0xDD: case 0xFE06: case 0xFE07: case 0xFE15: case 0xFE16: case 0xFE1C:
                return 4;
            default:
                return 0;
        }
    }
}

/// <summary>The metadata and method bodies of one image.</summary>
sealed class PEReaderView(System.Reflection.PortableExecutable.PEReader pe)
{
    public MetadataReader Metadata { get; } = pe.GetMetadataReader();
    public MethodBodyBlock Body(int rva) => pe.GetMethodBody(rva);
}
