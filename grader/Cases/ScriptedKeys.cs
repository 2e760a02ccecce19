using Grader.Assignments;
using Grader.Check;
using Grader.Compile;
using Grader.Run;

namespace Grader.Cases;

/// <summary>
/// Answers from an assignment's own scripts: solution.csx and mistakes/&lt;id&gt;.csx, compiled by the compiler that
/// compiles submissions and run in the same isolated workers (staff code can loop or crash too), one worker per script.
/// </summary>
public sealed class ScriptedKeys : IDisposable
{
    readonly WorkerPool pool;
    readonly List<WorkerLease> leases = [];
    readonly Dictionary<string, (SubmissionRunner Runner, Compiled Compiled)> loaded = [];

    ScriptedKeys(int scripts, int memoryLimitMb) =>
        pool = new WorkerPool(scripts, memoryLimitMb, WorkerLaunch.Default());

    /// <summary>The assignment's scripts, compiled and loaded; null when no question or mistake is scripted.</summary>
    public static ScriptedKeys? Open(AssignmentSpec spec, string directory)
    {
        var graded = spec.Questions.Where(q => !q.Manual && q.Artifact is null && q.Function is not null).ToList();
        var scripts = new Dictionary<string, List<QuestionSpec>>(); // file → the questions it must answer
        foreach (var question in graded)
            foreach (var file in question.Mistakes.Where(m => m.IsScripted).Select(m => m.ScriptPath)
                         .Prepend(question.IsScripted ? QuestionSpec.SolutionScript : null).OfType<string>())
                (scripts.TryGetValue(file, out var list) ? list : scripts[file] = []).Add(question);
        if (scripts.Count == 0) return null;
        var solutionPath = Path.Combine(directory, QuestionSpec.SolutionScript);
        var solution = File.Exists(solutionPath) ? File.ReadAllText(solutionPath) : null;
        var sources = scripts.Keys.ToDictionary(file => file, file => Source(directory, file, solution));
        var compiled = scripts.ToDictionary(s => s.Key, s => Compile(s.Key, sources[s.Key], s.Value));
        var keys = new ScriptedKeys(scripts.Count, spec.MemoryLimitMb);
        try
        {
            foreach (var (file, image) in compiled) keys.Load(file, image, spec);
            return keys;
        }
        catch
        {
            keys.Dispose();
            throw;
        }
    }

    static JoinedScript Source(string directory, string file, string? solution)
    {
        if (file == QuestionSpec.SolutionScript)
            return MistakeSource.Alone(file, solution ?? throw new AuthoringError($"{file}: no such file (a question's "
                + $"'reference' names it)"));
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
            throw new AuthoringError($"{file}: no such file (a mistake without a 'reference' is this script)");
        return MistakeSource.Join(solution, file, File.ReadAllText(path));
    }

    // Staff code compiles cleanly or not at all: a method the compiler had to stub would answer nothing.
    static Compiled Compile(string file, JoinedScript source, IReadOnlyList<QuestionSpec> questions)
    {
        var outcome = ScriptCompiler.Compile(source.Text, file, questions, source.JoinLines);
        if (outcome is CompileFailed failed)
            throw new AuthoringError(failed.Errors.Count > 0 ? failed.Errors[0] : $"{file}: {failed.Reason}");
        var compiled = (Compiled)outcome;
        if (compiled.Errors.Count > 0) throw new AuthoringError(compiled.Errors[0]);
        foreach (var question in questions)
            if (compiled.Bindings[question.Id] is not Bound)
                throw new AuthoringError($"{file}: {compiled.Bindings[question.Id].Match(
                    bound: _ => "",
                    missing: m => m.Message,
                    wrongSignature: w => $"wrong signature for question '{question.Id}': {w.Message}",
                    notCompiled: n => n.Errors[0],
                    refused: r => r.Errors[0])}");
        return compiled;
    }

    void Load(string file, Compiled compiled, AssignmentSpec spec)
    {
        var lease = pool.Rent();
        leases.Add(lease);
        var runner = new SubmissionRunner(lease, compiled, spec);
        if (runner.LoadScript() is ScriptLoad.Failed failed)
            throw new AuthoringError($"{file}: its top-level code failed: {Explain(failed.Outcome)}");
        loaded[file] = (runner, compiled);
    }

    public Answer Solution(QuestionSpec question) => For(QuestionSpec.SolutionScript, question);

    public Answer Mistake(QuestionSpec question, MistakeSpec mistake) => For(mistake.ScriptPath, question);

    Answer For(string file, QuestionSpec question)
    {
        var (runner, compiled) = loaded[file];
        var bound = (Bound)compiled.Bindings[question.Id];
        return args => runner.Run(bound, [new GradedCase { Args = args }]).First() switch
        {
            Returned returned => returned.Value,
            Threw { ExceptionType: "ArgumentException" or "ArgumentOutOfRangeException" } threw =>
                throw new ArgumentException($"{file}: {Explain(threw)}"),
            var outcome => throw new AuthoringError($"{file}: {Explain(outcome)}"),
        };
    }

    static string Explain(RunOutcome outcome) => CaseJudge.Explain(new DidNotReturn(outcome));

    public void Dispose()
    {
        foreach (var lease in leases) lease.Dispose();
        pool.Dispose();
    }
}
