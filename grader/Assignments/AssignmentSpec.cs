using Newtonsoft.Json.Linq;

namespace Grader.Assignments;

/// <summary>assignment.json: one homework. Every key is a property here;
/// a missing key takes the default shown.</summary>
public sealed record AssignmentSpec
{
    /// <summary>Folder-style id used in report paths and the gradebook ("conv-backprop"). Required.</summary>
    public string Id { get; init; } = "";
    /// <summary>Title shown at the top of every report. Required.</summary>
    public string Title { get; init; } = "";
    /// <summary>Wall-clock limit for one case (and for the script's top-level code), in milliseconds.</summary>
    public int TimeLimitMs { get; init; } = 1000;
    /// <summary>Managed-heap cap of the worker process running a submission, in megabytes.</summary>
    public int MemoryLimitMb { get; init; } = 256;
    /// <summary>
    /// When Gradescope shows students the hidden cases' test entries (name and verdict only, never a value):
    /// "hidden", "after_due_date", "after_published" or "visible" (Gradescope's own values). "hidden" also leaves the
    /// hidden cases out of every other student-facing file (student.md, JUnit, step summary, PrairieLearn); the others
    /// list them there by name and verdict kind.
    /// </summary>
    public string HiddenCaseVisibility { get; init; } = "after_published";
    /// <summary>
    /// Written by `pack` into the copy handed to students: no answer key is named and no case is specified (so no
    /// hidden-case seed or input is there); its cases are cases/public.json alone, and `cases` refuses it.
    /// </summary>
    public bool StudentCopy { get; init; }
    /// <summary>The questions, in the order reports list them. Required, at least one.</summary>
    public IReadOnlyList<QuestionSpec> Questions { get; init; } = [];
    /// <summary>
    /// When submissions are due, ISO 8601 ("2026-12-01T23:59:00+01:00"; no offset: UTC). A submission after it is late
    /// and loses <see cref="LatePenalty"/>. Null: no deadline. A submission's time comes from `grade --manifest` or
    /// Gradescope's submission_metadata.json.
    /// </summary>
    public string? DueDate { get; init; }
    /// <summary>The last moment a late submission is accepted; after it, it scores 0. Null: no such limit.</summary>
    public string? LateDueDate { get; init; }
    /// <summary>What lateness costs. Null with a due date: a late submission is marked late, loses nothing.</summary>
    public LatePenaltySpec? LatePenalty { get; init; }
}

/// <summary>
/// Percent of the raw score taken off per started day or hour after the due date (1 second late is one day late), at
/// most MaxPercent: { "percent": 10, "per": "day", "maxPercent": 50 }.
/// </summary>
public sealed record LatePenaltySpec
{
    public double Percent { get; init; }
    /// <summary>"day" or "hour".</summary>
    public string Per { get; init; } = "day";
    public double MaxPercent { get; init; } = 100;
}

/// <summary>One question: either a function graded on cases, or a manual (prose) question a TA scores.</summary>
public sealed record QuestionSpec
{
    /// <summary>Short id, unique in the assignment ("dW"). Required.</summary>
    public string Id { get; init; } = "";
    /// <summary>What the report calls the question. Required.</summary>
    public string Title { get; init; } = "";
    /// <summary>Points the question is worth. Required, positive.</summary>
    public double Points { get; init; }
    /// <summary>Graded by hand: no function, no cases; reports show it as awaiting a TA's score.</summary>
    public bool Manual { get; init; }
    /// <summary>For manual questions: the prompt, shown in the report.</summary>
    public string? Prompt { get; init; }
    /// <summary>A file the student hands in instead of a function (trained weights), scored by trusted code.</summary>
    public ArtifactSpec? Artifact { get; init; }
    /// <summary>The function the student writes. Required unless manual or an artifact.</summary>
    public FunctionSpec? Function { get; init; }
    /// <summary>
    /// The answer key: a static method of Grader.Reference, "Class.Method", with the same parameter types; or
    /// <see cref="SolutionScript"/>, the function of the same name in the assignment's own solution.csx, which `cases`
    /// compiles and runs like a submission (no grader rebuild).
    /// </summary>
    public string? Reference { get; init; }

    public const string SolutionScript = "solution.csx";

    /// <summary>The answer key is the assignment's solution.csx, not a compiled reference method.</summary>
    [Newtonsoft.Json.JsonIgnore]
    public bool IsScripted => Reference == SolutionScript;
    /// <summary>How close a number must be to count as right.</summary>
    public ToleranceSpec Tolerance { get; init; } = new();
    /// <summary>Known wrong answers the report recognises and explains.</summary>
    public IReadOnlyList<MistakeSpec> Mistakes { get; init; } = [];
    /// <summary>Fixed cases, e.g. the worked examples of the homework.</summary>
    public IReadOnlyList<FixedCaseSpec> Cases { get; init; } = [];
    /// <summary>Seeded random cases drawn by the case generator.</summary>
    public IReadOnlyList<RandomCasesSpec> Random { get; init; } = [];
}

/// <summary>A function signature in C# spelling: name, parameter types, return type.</summary>
public sealed record FunctionSpec
{
    public string Name { get; init; } = "";
    public IReadOnlyList<string> Parameters { get; init; } = [];
    public string Returns { get; init; } = "";
    /// <summary>
    /// The statement says the function returns new values (an optimiser step, an update): an answer that also changes
    /// an argument it was given is a wrong answer, whatever it returns.
    /// </summary>
    public bool ArgumentsReadOnly { get; init; }

    [Newtonsoft.Json.JsonIgnore]
    public string Signature => $"{Returns} {Name}({string.Join(", ", Parameters)})";
}

/// <summary>|actual − expected| ≤ Abs + Rel·|expected| for every element.</summary>
public sealed record ToleranceSpec
{
    public double Abs { get; init; } = 1e-6;
    public double Rel { get; init; } = 1e-6;
}

/// <summary>
/// A typical wrong answer: a function of Grader.Reference.Mistakes with the question's signature, or (no Reference) the
/// script mistakes/&lt;id&gt;.csx, which redefines one or more functions of solution.csx wrongly (the rest are the
/// solution's).
/// </summary>
public sealed record MistakeSpec
{
    /// <summary>Short id ("kernel-not-rotated"). Required.</summary>
    public string Id { get; init; } = "";
    /// <summary>"Class.Method" under Grader.Reference.Mistakes; empty for the script mistakes/&lt;id&gt;.csx.</summary>
    public string Reference { get; init; } = "";

    /// <summary>The mistake is the script mistakes/&lt;id&gt;.csx rather than a compiled method.</summary>
    [Newtonsoft.Json.JsonIgnore]
    public bool IsScripted => Reference == "";

    /// <summary>Where a scripted mistake lives, relative to the assignment folder.</summary>
    [Newtonsoft.Json.JsonIgnore]
    public string ScriptPath => $"mistakes/{Id}.csx";
    /// <summary>What the student is told when their answer matches this mistake. Required.</summary>
    public string Message { get; init; } = "";
    /// <summary>
    /// How many hidden cases must tell this mistake from the answer (`verify`; default 2). Lower it only when no more
    /// inputs exist: ReLU'(0) = 1 differs from the answer at x = 0 and x = −0 alone, and one of them is public.
    /// </summary>
    public int HiddenCasesNeeded { get; init; } = 2;
}

/// <summary>A case with literal arguments (JSON values in parameter order).</summary>
public sealed record FixedCaseSpec
{
    public string Name { get; init; } = "";
    /// <summary>Public cases are shown to students with their expected values and run by `check`.</summary>
    public bool Public { get; init; } = true;
    public JArray Args { get; init; } = [];
    /// <summary>The answer as data (a table of measured results); when absent the reference computes it.</summary>
    public JToken? Expected { get; init; }
}

/// <summary>
/// A file in the student's submission folder, measured by a registered evaluator (never by student code): the question
/// earns full points at or above Full, none at or below Zero, and in proportion between.
/// </summary>
public sealed record ArtifactSpec
{
    /// <summary>The file's name inside the submission folder ("weights-relu.f32"). Required.</summary>
    public string File { get; init; } = "";
    /// <summary>The evaluator that measures it ("cnn-test-accuracy"). Required.</summary>
    public string Evaluator { get; init; } = "";
    /// <summary>The evaluator's settings, e.g. { "activation": "leaky0" }.</summary>
    public JObject Options { get; init; } = [];
    public double Full { get; init; }
    public double Zero { get; init; }
}

/// <summary>
/// Count cases drawn from Seed. Dims are named integers drawn in order: "lo..hi" draws uniformly, any other text is an
/// integer expression over earlier dims ("(h + 2*p - k) / s + 1"). Args describe each argument (see ArgSpec).
/// A draw the reference rejects (ArgumentException: shapes that do not fit) is drawn again.
/// </summary>
public sealed record RandomCasesSpec
{
    public string Name { get; init; } = "random";
    public int Count { get; init; } = 5;
    public int Seed { get; init; } = 1;
    public bool Public { get; init; }
    public JObject Dims { get; init; } = [];
    public IReadOnlyList<ArgSpec> Args { get; init; } = [];
}

/// <summary>
/// One random argument. Exactly one of: Tensor (an array of the given dims, values uniform in Range, rounded to
/// Decimals, or integers when Integers is set, or booleans true with probability Bernoulli), Dim (the value of a dim),
/// Value (a literal JSON value), Choice (one of the listed JSON values).
/// </summary>
public sealed record ArgSpec
{
    public IReadOnlyList<string>? Tensor { get; init; }
    public string? Dim { get; init; }
    public JToken? Value { get; init; }
    public JArray? Choice { get; init; }
    public double[] Range { get; init; } = [-1, 1];
    public int Decimals { get; init; } = 2;
    public bool Integers { get; init; }
    public double? Bernoulli { get; init; }
}
