namespace Grader.Assignments;

/// <summary>A loaded, validated assignment: its spec plus the cases of every auto-graded question.</summary>
public sealed record Assignment(AssignmentSpec Spec, string Directory,
                                IReadOnlyDictionary<string, IReadOnlyList<GradedCase>> Cases, bool HasHiddenCases)
{
    public string Id => Spec.Id;

    public IReadOnlyList<GradedCase> CasesOf(QuestionSpec question) =>
        Cases.TryGetValue(question.Id, out var cases) ? cases : [];

    public string ExamplesDirectory => Path.Combine(Directory, "examples");

    /// <summary>The signatures handed out to fill in; a submission equal to it is an unchanged template.</summary>
    public string TemplatePath => Path.Combine(Directory, "template.csx");
}

/// <summary>Outcome of loading an assignment folder: a closed set, never an exception.</summary>
public abstract record LoadOutcome
{
    private protected LoadOutcome() { }

    /// <summary>One function per case: a new case breaks every caller at compile time.</summary>
    public T Match<T>(Func<Loaded, T> loaded, Func<LoadFailed, T> failed) =>
#pragma warning disable CS8509 // closed by the private constructor, which the compiler cannot see
        this switch
        {
            Loaded l => loaded(l),
            LoadFailed f => failed(f),
        };
#pragma warning restore CS8509
}
public sealed record Loaded(Assignment Assignment) : LoadOutcome;
public sealed record LoadFailed(string Directory, string Message) : LoadOutcome;
