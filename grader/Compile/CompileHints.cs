namespace Grader.Compile;

/// <summary>
/// What a student can do about a compiler error whose own text sends them the wrong way (an "assembly reference" they
/// cannot add, a compiler flag they cannot set), by the error's id.
/// </summary>
public static class CompileHints
{
    const string Libraries = " (submissions compile against a fixed set of libraries: Math, arrays, Span, LINQ, "
                             + "collections and System.Numerics; if this names a library, it is not among them)";

    public static string For(string id) => id switch
    {
        "CS0234" or "CS0246" or "CS0012" => Libraries,
        "CS0227" => " (unsafe code is not allowed in homework, and no compiler option can be set: use arrays or Span)",
        "CS1109" => " (a script's classes are nested inside it, so it cannot declare extension methods: "
                    + "write a static helper method and call it)",
        // Every other error's own text is what the student acts on.
        _ => "",
    };
}
