namespace Grader.Compile;

/// <summary>
/// What student code may not touch, by namespace, type and member, and why (the category a student reads). One policy
/// serves both guards: the semantic-model walk over the source and the check of the emitted IL's references.
/// Homework needs Math, arrays, Span, LINQ, collections and System.Numerics: all of that stays allowed.
/// </summary>
public static class ApiPolicy
{
    static readonly (string Prefix, string Category)[] Namespaces =
    [
        ("System.IO", "files"), ("System.Net", "the network"), ("System.Diagnostics", "processes and diagnostics"),
        ("System.Reflection", "reflection"), ("System.Runtime.Loader", "reflection"),
        ("System.Runtime.InteropServices", "interop"), ("System.Threading", "threads and tasks"),
        ("System.Security", "restricted APIs"), ("System.Resources", "restricted APIs"),
        ("Microsoft.Win32", "restricted APIs"), ("System.Linq.Expressions", "reflection and emit"),
        // The core library's own plumbing: Internal.Console writes straight to the worker's protocol stream.
        ("Internal", "restricted APIs"),
    ];

    static readonly Dictionary<string, string> Types = new()
    {
        ["System.Environment"] = "the environment", ["System.AppContext"] = "the environment",
        ["System.AppDomain"] = "reflection", ["System.Activator"] = "reflection", ["System.Type"] = "reflection",
        ["System.RuntimeTypeHandle"] = "reflection", ["System.RuntimeMethodHandle"] = "reflection",
        ["System.GC"] = "the garbage collector", ["System.Runtime.GCSettings"] = "the garbage collector",
        ["System.Runtime.CompilerServices.Unsafe"] = "unsafe code",
        ["System.Runtime.CompilerServices.RuntimeHelpers"] = "unsafe code",
        ["System.TypedReference"] = "unsafe code", ["System.ArgIterator"] = "unsafe code",
        ["System.Runtime.CompilerServices.UnsafeAccessorAttribute"] = "unsafe code",
        ["System.Runtime.CompilerServices.UnsafeAccessorTypeAttribute"] = "unsafe code",
    };

    // Members of otherwise-banned types that plain code compiles to (array initialisers, ranges, iterators, indexers,
    // the grader's own stack checks).
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
         "System.IO.TextWriter::Write", "System.IO.TextWriter::WriteLine"];

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

    /// <summary>What to write instead, for a category of refused use.</summary>
    public static string Instead(string category) => category switch
    {
        "files" or "the network" or "processes and diagnostics" or "the environment" or "restricted APIs"
            => "a function gets everything it needs as parameters and returns its answer",
        "reflection" or "reflection and emit" => "call your own functions and types by name",
        "interop" or "unsafe code" => "use arrays, Span<T> and Math, which check their bounds",
        "threads and tasks" => "compute the answer on the calling thread and return it",
        "the garbage collector" => "leave memory to the runtime",
        "console input and redirection" => "print with Console.Write or WriteLine; inputs come as parameters",
        "dynamic code" => "declare the variable's type",
        "finalizers run after the case" => "nothing needs releasing: each case's objects are collected for you",
        "process-wide settings" => "keep settings and buffers inside your own code (new arrays are cheap here)",
        "loading other code" => "put all your code in the files you hand in",
        "moving the lines that messages name" => "remove the directive; messages name your own file and line",
        _ => "see the assignment's statement for what homework may use",
    };

    /// <summary>Why a use of this type (and member, when known) is not allowed, or null when it is.</summary>
    public static string? Ban(string ns, string typeName, string? member)
    {
        var type = ns.Length == 0 ? typeName : $"{ns}.{typeName}";
        if (member is not null && AllowedMembers.Contains($"{type}::{member}")) return null;
        if (type == "System.Console") return member is null ? null : "console input and redirection";
        // Delegates may be combined and compared; anything else on them (CreateDelegate, Method, DynamicInvoke) is
        // reflection by name. GetType() hands out a Type without naming it, TargetSite a MethodBase.
        if (type == "System.Delegate" || type == "System.MulticastDelegate")
            return member is null or "Combine" or "Remove" or "op_Equality" or "op_Inequality" or "Equals"
                          or "GetHashCode"
                ? null : "reflection";
        if (type == "System.Object" && member == "GetType") return "reflection";
        // Shared pools outlive the submission: memory left in them starves the next student, and their arrays come
        // back uncleared, holding what the last one wrote.
        if (ns == "System.Buffers" && typeName is "ArrayPool`1" or "MemoryPool`1") return "process-wide settings";
        if (type == "System.String" && member is "Intern" or "IsInterned") return "process-wide settings";
        // Process-wide registrations outlive the submission: the next student's code would call into this one's.
        if (type == "System.Text.Encoding" && member == "RegisterProvider") return "process-wide settings";
        if (type == "System.Globalization.CultureInfo" && member is not null && member.Contains("DefaultThreadCurrent"))
            return "process-wide settings";
        if (type == "System.Exception" && member is "TargetSite" or "get_TargetSite") return "reflection";
        // LoadUnsafe, StoreUnsafe and their kin (Vector128, Vector<T>, …) read and write without bounds checks.
        if (member is not null && member.Contains("Unsafe", StringComparison.Ordinal)) return "unsafe code";
        // Attributes are metadata only.
        if (ns == "System.Diagnostics" && typeName.EndsWith("Attribute", StringComparison.Ordinal)) return null;
        if (type == "System.Diagnostics.Stopwatch") return null;
        if (Types.TryGetValue(type, out var category)) return category;
        foreach (var (prefix, reason) in Namespaces)
            if (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal)) return reason;
        return null;
    }
}
