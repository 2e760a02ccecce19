using System.Reflection;
using Grader.Assignments;
using Newtonsoft.Json.Linq;

namespace Grader.Cases;

/// <summary>
/// Builds the case files from assignment.json and the reference: runs the answer key (and every known mistake) on the
/// fixed cases and on seeded random draws. Deterministic: the same spec gives byte-identical files.
/// </summary>
public static class CaseGenerator
{
    const int MaxDrawsPerCase = 1000;

    public static (CaseFile Public, CaseFile Hidden) Generate(AssignmentSpec spec)
    {
        var publicCases = new Dictionary<string, List<GradedCase>>();
        var hiddenCases = new Dictionary<string, List<GradedCase>>();
        foreach (var question in spec.Questions.Where(q => !q.Manual && q.Artifact is null))
        {
            // A question whose every case carries its answer as data needs no reference method.
            var reference = question.Reference is null && question.Random.Count == 0 && question.Cases.All(c => c.Expected is not null) ? null
                : ReferenceMethods.Find(question.Reference ?? throw new ArgumentException($"question '{question.Id}' has no 'reference'"), question.Function!);
            var mistakes = question.Mistakes.ToDictionary(m => m.Id, m => ReferenceMethods.Find(m.Reference, question.Function!, "Grader.Reference.Mistakes"));
            // A random draw equal to an earlier case of the question is drawn again: a duplicate only doubles a case's
            // weight.
            var seen = question.Cases.Select(c => c.Args.ToString(Newtonsoft.Json.Formatting.None)).ToHashSet();
            var all = question.Cases.Select(c => c.Expected is { } literal ? Literal(c, literal) : Grade(c.Name, c.Public, c.Args, reference!, mistakes))
                .Concat(question.Random.SelectMany(r => Draw(r, reference!, mistakes, seen)));
            foreach (var graded in all)
            {
                var target = graded.Public ? publicCases : hiddenCases;
                if (!target.TryGetValue(question.Id, out var list)) target[question.Id] = list = [];
                list.Add(graded);
            }
        }
        return (new CaseFile { Assignment = spec.Id, Questions = publicCases }, new CaseFile { Assignment = spec.Id, Questions = hiddenCases });
    }

    static GradedCase Grade(string name, bool isPublic, JArray args, MethodInfo reference, Dictionary<string, MethodInfo> mistakes) => new()
    {
        Name = name,
        Public = isPublic,
        Args = args,
        Expected = ReferenceMethods.Invoke(reference, args),
        Mistakes = mistakes.ToDictionary(m => m.Key, m => ReferenceMethods.Invoke(m.Value, args)),
    };

    static GradedCase Literal(FixedCaseSpec spec, Newtonsoft.Json.Linq.JToken expected) =>
        new() { Name = spec.Name, Public = spec.Public, Args = spec.Args, Expected = expected };

    static IEnumerable<GradedCase> Draw(
        RandomCasesSpec spec, MethodInfo reference, Dictionary<string, MethodInfo> mistakes, HashSet<string> seen)
    {
        var random = new Random(spec.Seed);
        for (int n = 1; n <= spec.Count; n++)
        {
            for (int attempt = 0; ; attempt++)
            {
                if (attempt == MaxDrawsPerCase)
                    throw new ArgumentException($"random cases '{spec.Name}': {MaxDrawsPerCase} draws in a row were rejected by the reference or repeated an earlier case; check the dims");
                var args = RandomArguments.Draw(spec, random);
                if (!seen.Add(args.ToString(Newtonsoft.Json.Formatting.None))) continue;
                GradedCase graded;
                try { graded = Grade(spec.Count == 1 ? spec.Name : $"{spec.Name} {n}", spec.Public, args, reference, mistakes); }
                catch (ArgumentException) { continue; } // shapes that do not fit: the reference said no, draw again
                yield return graded;
                break;
            }
        }
    }
}
