using Grader.Assignments;
using Grader.Check;
using Newtonsoft.Json.Linq;

namespace Grader.Cases;

/// <summary>
/// Builds the case files from assignment.json and the answer key: runs the reference (and every known mistake) on the
/// fixed cases and on seeded random draws. The key is compiled (Grader.Reference) or the assignment's own scripts
/// (ScriptedKeys), question by question and mistake by mistake. Deterministic: the same spec gives byte-identical
/// files.
/// </summary>
public static class CaseGenerator
{
    const int MaxDrawsPerCase = 1000;

    /// <summary>Cases from the compiled answer key alone.</summary>
    public static (CaseFile Public, CaseFile Hidden) Generate(AssignmentSpec spec) =>
        Generate(spec, question => KeyOf(question, null));

    /// <summary>Cases from the compiled key and the scripts in <paramref name="directory"/>.</summary>
    public static (CaseFile Public, CaseFile Hidden) Generate(AssignmentSpec spec, string directory)
    {
        using var scripts = ScriptedKeys.Open(spec, directory);
        return Generate(spec, question => KeyOf(question, scripts));
    }

    static QuestionKey KeyOf(QuestionSpec question, ScriptedKeys? scripts)
    {
        // A question whose every case carries its answer as data needs no reference.
        bool literal = question.Reference is null && question.Random.Count == 0
                       && question.Cases.All(c => c.Expected is not null);
        var reference = literal ? null
            : question.IsScripted ? Scripts(scripts).Solution(question) : CompiledKeys.Reference(question);
        return new QuestionKey(reference, question.Mistakes.ToDictionary(m => m.Id, m => m.IsScripted
            ? Scripts(scripts).Mistake(question, m) : CompiledKeys.Mistake(question, m)));
    }

    static ScriptedKeys Scripts(ScriptedKeys? scripts) =>
        scripts ?? throw new AuthoringError("scripted answers need the assignment folder");

    static (CaseFile Public, CaseFile Hidden) Generate(AssignmentSpec spec, Func<QuestionSpec, QuestionKey> keys)
    {
        var publicCases = new Dictionary<string, List<GradedCase>>();
        var hiddenCases = new Dictionary<string, List<GradedCase>>();
        foreach (var question in spec.Questions.Where(q => !q.Manual && q.Artifact is null))
        {
            var key = keys(question);
            // A random draw equal to an earlier case of the question is drawn again: a duplicate only doubles a case's
            // weight.
            var seen = question.Cases.Select(c => c.Args.ToString(Newtonsoft.Json.Formatting.None)).ToHashSet();
            var all = question.Cases
                .Select(c => c.Expected is { } literal ? Literal(c, literal) : Fixed(question, c, key))
                .Concat(question.Random.SelectMany(r => Draw(question, r, key, seen))).ToList();
            if (all.Count > 0) ShowsEveryMistake(question, all);
            foreach (var graded in all)
            {
                var target = graded.Public ? publicCases : hiddenCases;
                if (!target.TryGetValue(question.Id, out var list)) target[question.Id] = list = [];
                list.Add(graded);
            }
        }
        return (new CaseFile { Assignment = spec.Id, Questions = publicCases },
                new CaseFile { Assignment = spec.Id, Questions = hiddenCases });
    }

    static GradedCase Grade(string name, bool isPublic, JArray args, QuestionKey key) => new()
    {
        Name = name,
        Public = isPublic,
        Args = args,
        Expected = key.Reference!(args),
        Mistakes = key.Mistakes.ToDictionary(m => m.Key, m => m.Value(args)),
    };

    static GradedCase Fixed(QuestionSpec question, FixedCaseSpec spec, QuestionKey key)
    {
        try { return Grade(spec.Name, spec.Public, spec.Args, key); }
        catch (Exception e) when (e is ArgumentException or AuthoringError)
        {
            throw new AuthoringError($"question '{question.Id}', case '{spec.Name}': {e.Message}");
        }
    }

    static GradedCase Literal(FixedCaseSpec spec, JToken expected) =>
        new() { Name = spec.Name, Public = spec.Public, Args = spec.Args, Expected = expected };

    static IEnumerable<GradedCase> Draw(
        QuestionSpec question, RandomCasesSpec spec, QuestionKey key, HashSet<string> seen)
    {
        var random = new Random(spec.Seed);
        for (int n = 1; n <= spec.Count; n++)
        {
            var name = spec.Count == 1 ? spec.Name : $"{spec.Name} {n}";
            string? lastRejection = null;
            for (int attempt = 0; ; attempt++)
            {
                if (attempt == MaxDrawsPerCase)
                    throw new AuthoringError($"question '{question.Id}', random cases '{spec.Name}': "
                        + $"{MaxDrawsPerCase} draws in a row were rejected by the reference "
                        + "or repeated an earlier case; "
                        + "check the dims"
                        + (lastRejection is null ? "" : $" (last rejection: {lastRejection})"));
                var args = RandomArguments.Draw(spec, random);
                var argsJson = args.ToString(Newtonsoft.Json.Formatting.None);
                if (!seen.Add(argsJson)) continue;
                GradedCase graded;
                try { graded = Grade(name, spec.Public, args, key); }
                catch (ArgumentException e) // shapes that do not fit: draw again
                {
                    lastRejection = e.Message;
                    continue;
                }
                catch (AuthoringError e)
                {
                    throw new AuthoringError(
                        $"question '{question.Id}', case '{name}' (args {Cut(argsJson)}): {e.Message}");
                }
                yield return graded;
                break;
            }
        }
    }

    // A mistake that gives the right answer on every case can never be diagnosed, and hides a mistake in the key.
    static void ShowsEveryMistake(QuestionSpec question, IReadOnlyList<GradedCase> all)
    {
        foreach (var mistake in question.Mistakes)
        {
            var answered = all.Where(c => c.Mistakes.ContainsKey(mistake.Id)).ToList();
            bool alwaysRight = answered.All(c =>
                Tolerance.Compare(c.Expected, c.Mistakes[mistake.Id], question.Tolerance) is not Mismatch);
            var where = mistake.IsScripted ? mistake.ScriptPath : $"mistake '{mistake.Id}' ({mistake.Reference})";
            if (answered.Count > 0 && alwaysRight)
                throw new AuthoringError($"{where}: gives the solution's answer on every case of question "
                                         + $"'{question.Id}' ({answered.Count} cases)");
        }
    }

    static string Cut(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
