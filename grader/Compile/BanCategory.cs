namespace Grader.Compile;

/// <summary>
/// Why a use is refused, in the words a student reads, with what to write instead: one value per category, so the
/// advice travels with its category and nothing looks it up by the category's words.
/// </summary>
public sealed record BanCategory(string Label, string Instead)
{
    const string Parameters = "a function gets everything it needs as parameters and returns its answer";
    const string OwnNames = "call your own functions and types by name";
    const string CheckedBounds = "use arrays, Span<T> and Math, which check their bounds";

    public static readonly BanCategory Files = new("files", Parameters);
    public static readonly BanCategory Network = new("the network", Parameters);
    public static readonly BanCategory Processes = new("processes and diagnostics", Parameters);
    public static readonly BanCategory Environment = new("the environment", Parameters);
    public static readonly BanCategory Restricted = new("restricted APIs", Parameters);
    public static readonly BanCategory Reflection = new("reflection", OwnNames);
    public static readonly BanCategory Emit = new("reflection and emit", OwnNames);
    public static readonly BanCategory Interop = new("interop", CheckedBounds);
    public static readonly BanCategory Unsafe = new("unsafe code", CheckedBounds);
    public static readonly BanCategory Threads = new("threads and tasks",
        "compute the answer on the calling thread and return it");
    public static readonly BanCategory Collector = new("the garbage collector", "leave memory to the runtime");
    public static readonly BanCategory ConsoleInput = new("console input and redirection",
        "print with Console.Write or WriteLine; inputs come as parameters");
    public static readonly BanCategory Dynamic = new("dynamic code", "declare the variable's type");
    public static readonly BanCategory Finalizers = new("finalizers run after the case",
        "nothing needs releasing: each case's objects are collected for you");
    public static readonly BanCategory ProcessWide = new("process-wide settings",
        "keep settings and buffers inside your own code (new arrays are cheap here)");
    public static readonly BanCategory LoadingCode = new("loading other code",
        "put all your code in the files you hand in");
    public static readonly BanCategory LineDirectives = new("moving the lines that messages name",
        "remove the directive; messages name your own file and line");

    /// <summary>The label: what a problem's text shows in parentheses.</summary>
    public override string ToString() => Label;
}
