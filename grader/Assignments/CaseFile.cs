using Newtonsoft.Json.Linq;

namespace Grader.Assignments;

/// <summary>
/// cases/public.json and cases/hidden.json: every case with its expected answer (and the answer each known mistake
/// gives), written by the `cases` verb from the reference. Grading reads these files and never runs the reference,
/// so a student copy of an assignment without hidden.json carries no answer key for the hidden cases.
/// </summary>
public sealed record CaseFile
{
    public string Assignment { get; init; } = "";
    public Dictionary<string, List<GradedCase>> Questions { get; init; } = [];
}

public sealed record GradedCase
{
    public string Name { get; init; } = "";
    public bool Public { get; init; }
    public JArray Args { get; init; } = [];
    public JToken Expected { get; init; } = JValue.CreateNull();
    /// <summary>Mistake id → what that mistake returns on these arguments.</summary>
    public Dictionary<string, JToken> Mistakes { get; init; } = [];

    string? argsJson;

    /// <summary>The arguments as sent to a worker, serialised once
    /// for the whole class rather than once per student.</summary>
    [Newtonsoft.Json.JsonIgnore]
    public string ArgsJson => argsJson ??= Args.ToString(Newtonsoft.Json.Formatting.None);
}

/// <summary>
/// examples/expected.json: example file name → the score it must get (total, optionally per question) and, for every
/// question graded on cases that it gets wrong, the id of the known mistake its report must name (null: none).
/// </summary>
public sealed record ExpectedScore
{
    public double Score { get; init; }
    public Dictionary<string, double> Questions { get; init; } = [];
    public Dictionary<string, string?> Diagnoses { get; init; } = [];
}
