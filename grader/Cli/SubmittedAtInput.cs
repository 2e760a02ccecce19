using Grader.Pipeline;
using Grader.Score;

namespace Grader.Cli;

/// <summary>The submission times a verb is given (grade --manifest, autograde --submission-metadata).</summary>
public static class SubmittedAtInput
{
    /// <summary>The times (empty when no file is given), or null after one line per wrong row.</summary>
    public static IReadOnlyDictionary<string, DateTimeOffset>? Read(Terminal console, string? path,
                                                                   Func<string, string, TimesOutcome> read)
    {
        if (path is null) return new Dictionary<string, DateTimeOffset>();
        if (!File.Exists(path)) { console.Fail($"{path}: no such file"); return null; }
        return read(Path.GetFileName(path), File.ReadAllText(path)).Match(
            read: times => times.Times,
            rejected: rejected =>
            {
                foreach (var error in rejected.Errors) console.Fail(error);
                return (IReadOnlyDictionary<string, DateTimeOffset>?)null;
            });
    }
}
