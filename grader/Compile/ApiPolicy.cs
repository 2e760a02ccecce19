namespace Grader.Compile;

/// <summary>
/// What student code may not touch, by namespace, type and member, and why (the category a student reads). One policy
/// serves both guards: the semantic-model walk over the source and the check of the emitted IL's references.
/// Homework needs Math, arrays, Span, LINQ, collections and System.Numerics: all of that stays allowed.
/// </summary>
public static class ApiPolicy
{
    static readonly (string Prefix, BanCategory Category)[] Namespaces =
    [
        ("System.IO", BanCategory.Files), ("System.Net", BanCategory.Network),
        ("System.Diagnostics", BanCategory.Processes),
        ("System.Reflection", BanCategory.Reflection), ("System.Runtime.Loader", BanCategory.Reflection),
        ("System.Runtime.InteropServices", BanCategory.Interop),
        ("System.Threading", BanCategory.Threads),
        ("System.Security", BanCategory.Restricted), ("System.Resources", BanCategory.Restricted),
        ("Microsoft.Win32", BanCategory.Restricted), ("System.Linq.Expressions", BanCategory.Emit),
        // The core library's own plumbing: Internal.Console writes straight to the worker's protocol stream.
        ("Internal", BanCategory.Restricted),
    ];

    static readonly Dictionary<string, BanCategory> Types = new()
    {
        ["System.Environment"] = BanCategory.Environment, ["System.AppContext"] = BanCategory.Environment,
        ["System.AppDomain"] = BanCategory.Reflection, ["System.Activator"] = BanCategory.Reflection,
        ["System.Type"] = BanCategory.Reflection, ["System.RuntimeTypeHandle"] = BanCategory.Reflection,
        ["System.RuntimeMethodHandle"] = BanCategory.Reflection,
        ["System.GC"] = BanCategory.Collector, ["System.Runtime.GCSettings"] = BanCategory.Collector,
        ["System.Runtime.CompilerServices.Unsafe"] = BanCategory.Unsafe,
        ["System.Runtime.CompilerServices.RuntimeHelpers"] = BanCategory.Unsafe,
        ["System.TypedReference"] = BanCategory.Unsafe, ["System.ArgIterator"] = BanCategory.Unsafe,
        ["System.Runtime.CompilerServices.UnsafeAccessorAttribute"] = BanCategory.Unsafe,
        ["System.Runtime.CompilerServices.UnsafeAccessorTypeAttribute"] = BanCategory.Unsafe,
    };

    // Members of otherwise-banned types that plain code compiles to (array initialisers, ranges, iterators, indexers,
    // the grader's own stack checks), and the debugging habits that touch nothing outside the submission.
    static readonly HashSet<string> AllowedMembers =
        ["System.Runtime.CompilerServices.RuntimeHelpers::InitializeArray",
         "System.Runtime.CompilerServices.RuntimeHelpers::CreateSpan",
         "System.Runtime.CompilerServices.RuntimeHelpers::GetSubArray",
         "System.Runtime.CompilerServices.RuntimeHelpers::EnsureSufficientExecutionStack",
         // iterators, indexers
         "System.Environment::get_CurrentManagedThreadId", "System.Reflection.DefaultMemberAttribute::.ctor",
         "System.Console::Write", "System.Console::WriteLine",
         // Debug prints to standard error and timing: the worker points both console writers at the one bounded buffer
         // (whose Dispose does nothing), and a stopwatch only reads the clock.
         "System.Console::get_Error", "System.Console::get_Out",
         "System.IO.TextWriter::Write", "System.IO.TextWriter::WriteLine", "System.IO.TextWriter::Flush",
         "System.IO.TextWriter::Dispose", "System.IO.TextWriter::Close", "System.IO.TextWriter::get_Encoding",
         "System.IO.TextWriter::get_NewLine", "System.IO.TextWriter::get_FormatProvider",
         // a constant: "\n" on the worker
         "System.Environment::get_NewLine"];

    // What the compiler itself calls for legal features: a record's equality contract (typeof, Type ==), `lock`, the
    // inline arrays behind params spans and collection expressions, the builders of async methods. Allowed in the image
    // only: a student who names one is still refused by the source walk, which runs in full whenever these appear.
    static readonly HashSet<string> EmittedMembers =
    [
        "System.Type::GetTypeFromHandle", "System.Type::op_Equality", "System.Type::op_Inequality",
        "System.Threading.Monitor::Enter", "System.Threading.Monitor::Exit",
        "System.Threading.Interlocked::CompareExchange", // a field-like event's add and remove
        "System.Runtime.CompilerServices.Unsafe::As", "System.Runtime.CompilerServices.Unsafe::Add",
        "System.Runtime.CompilerServices.Unsafe::AsRef",
        "System.Runtime.InteropServices.MemoryMarshal::CreateSpan",
        "System.Runtime.InteropServices.MemoryMarshal::CreateReadOnlySpan",
        "System.Runtime.InteropServices.CollectionsMarshal::SetCount",
        "System.Runtime.InteropServices.CollectionsMarshal::AsSpan",
    ];

    /// <summary>True for a member the compiler calls for a legal feature (see EmittedMembers).</summary>
    public static bool EmittedForLegalFeature(string ns, string typeName, string member) =>
        EmittedMembers.Contains($"{ns}.{typeName}::{member}")
        || ns == "System.Runtime.CompilerServices" && typeName.Contains("MethodBuilder", StringComparison.Ordinal)
                                                   && member == "AwaitUnsafeOnCompleted";

    /// <summary>Why a use of this type (and member, when known) is not allowed, or null when it is.</summary>
    public static BanCategory? Ban(string ns, string typeName, string? member)
    {
        var type = ns.Length == 0 ? typeName : $"{ns}.{typeName}";
        if (member is not null && AllowedMembers.Contains($"{type}::{member}")) return null;
        if (type == "System.Console") return member is null ? null : BanCategory.ConsoleInput;
        // Delegates may be combined and compared; anything else on them (CreateDelegate, Method, DynamicInvoke) is
        // reflection by name. GetType() hands out a Type without naming it, TargetSite a MethodBase.
        if (type == "System.Delegate" || type == "System.MulticastDelegate")
            return member is null or "Combine" or "Remove" or "op_Equality" or "op_Inequality" or "Equals"
                or "GetHashCode" ? null : BanCategory.Reflection;
        if (type == "System.Object" && member == "GetType") return BanCategory.Reflection;
        // Shared pools outlive the submission: memory left in them starves the next student, and their arrays come
        // back uncleared, holding what the last one wrote.
        if (ns == "System.Buffers" && typeName is "ArrayPool`1" or "MemoryPool`1") return BanCategory.ProcessWide;
        if (type == "System.String" && member is "Intern" or "IsInterned") return BanCategory.ProcessWide;
        // Process-wide registrations outlive the submission: the next student's code would call into this one's.
        if (type == "System.Text.Encoding" && member == "RegisterProvider") return BanCategory.ProcessWide;
        if (type == "System.Globalization.CultureInfo" && member is not null && member.Contains("DefaultThreadCurrent"))
            return BanCategory.ProcessWide;
        if (type == "System.Exception" && member is "TargetSite" or "get_TargetSite") return BanCategory.Reflection;
        // metadata only
        if (ns == "System.Diagnostics" && typeName.EndsWith("Attribute", StringComparison.Ordinal)) return null;
        if (type == "System.Diagnostics.Stopwatch") return null;
        if (Types.TryGetValue(type, out var category)) return category;
        foreach (var (prefix, reason) in Namespaces)
            if (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal)) return reason;
        // LoadUnsafe, StoreUnsafe and their kin (Vector128, Vector<T>, …) read and write without bounds checks. After
        // the type's own ban, so ThreadPool.UnsafeQueueUserWorkItem is refused as a thread, the reason that helps.
        if (member is not null && member.Contains("Unsafe", StringComparison.Ordinal)) return BanCategory.Unsafe;
        return null;
    }
}
