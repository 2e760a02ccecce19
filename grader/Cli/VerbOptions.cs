using System.CommandLine;

namespace Grader.Cli;

/// <summary>The arguments and options several verbs take, made in one place so their names and help agree.</summary>
public static class VerbOptions
{
    public const string AssignmentFolder = "Folder holding assignment.json";

    /// <summary>The assignment folder, its help <see cref="AssignmentFolder"/> followed by <paramref name="more"/>.
    /// </summary>
    public static Argument<string> AssignmentDir(string more = "") =>
        new("assignment-dir") { Description = AssignmentFolder + more };

    /// <summary>The assignments of `cases` and `verify`: none given means every bundled one.</summary>
    public static Argument<string[]> AssignmentDirs() => new("assignment-dir")
    {
        Arity = ArgumentArity.ZeroOrMore, Description = "Assignment folders (default: every bundled one)",
    };

    /// <summary>`--out`/`-o` where the verb has a default folder (said in <paramref name="description"/>).</summary>
    public static Option<string?> Out(string description) => new("--out", "-o") { Description = description };

    /// <summary>`--out`/`-o` where the verb has no default: it will not run without one.</summary>
    public static Option<string> RequiredOut(string description) =>
        new("--out", "-o") { Description = description, Required = true };

    /// <summary>`--jobs N`, shared by every verb that grades: how many worker processes.</summary>
    public static Option<int> Jobs() => new("--jobs", "-j")
    {
        Description = "Worker processes", DefaultValueFactory = _ => Environment.ProcessorCount,
    };
}
