using Newtonsoft.Json;

namespace Grader.Assignments;

/// <summary>Stage 1, Load assignment: reads and validates assignment.json and its case files.</summary>
public static class AssignmentLoader
{
    public const string SpecFile = "assignment.json";
    public static string PublicCasesPath(string directory) => Path.Combine(directory, "cases", "public.json");
    public static string HiddenCasesPath(string directory) => Path.Combine(directory, "cases", "hidden.json");

    public static LoadOutcome Load(string directory, bool publicOnly = false)
    {
        var specPath = Path.Combine(directory, SpecFile);
        if (!File.Exists(specPath)) return new LoadFailed(directory, $"{specPath}: no such file");
        try
        {
            var spec = Json.Read<AssignmentSpec>(specPath);
            if (Validate(spec) is { } problem) return new LoadFailed(directory, $"{specPath}: {problem}");
            var cases = new Dictionary<string, IReadOnlyList<GradedCase>>();
            var hiddenPath = HiddenCasesPath(directory);
            bool hasHidden = !publicOnly && File.Exists(hiddenPath);
            string[] casePaths = hasHidden ? [PublicCasesPath(directory), hiddenPath] : [PublicCasesPath(directory)];
            foreach (var path in casePaths)
            {
                if (!File.Exists(path))
                    return new LoadFailed(directory, $"{path}: no such file (run `grader cases {directory}`)");
                foreach (var (question, list) in Json.Read<CaseFile>(path).Questions)
                    cases[question] = [.. cases.GetValueOrDefault(question, []), .. list];
            }
            foreach (var question in spec.Questions.Where(q => q.Function is not null && !q.Manual
                                                               && !cases.ContainsKey(q.Id)))
                return new LoadFailed(directory,
                                      $"question '{question.Id}' has no cases (run `grader cases {directory}`)");
            return new Loaded(new Assignment(spec, directory, cases, hasHidden));
        }
        catch (JsonException e)
        {
            return new LoadFailed(directory, $"{specPath}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LoadFailed(directory, $"{directory}: {e.Message}");
        }
    }

    /// <summary>Limits a worker can honour: below the minimum heap the runtime itself does not start; above a minute a
    /// single case would stall a class. The memory ceiling is what this machine (or its container) has.</summary>
    public const int MinMemoryLimitMb = 32, MinTimeLimitMs = 10, MaxTimeLimitMs = 60_000;

    public static long MachineMemoryMb => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes >> 20;

    static string? LateProblem(AssignmentSpec spec)
    {
        foreach (var (key, value) in new[] { ("dueDate", spec.DueDate), ("lateDueDate", spec.LateDueDate) })
            if (value is not null && IsoTime.Parse(value) is null)
                return $"'{key}' is {Quoted(value)}; it must be an ISO 8601 date and time, "
                       + "e.g. 2026-12-01T23:59:00+01:00";
        if (spec.DueDate is null && (spec.LateDueDate is not null || spec.LatePenalty is not null))
            return "'lateDueDate' and 'latePenalty' need a 'dueDate'";
        if (spec.LateDueDate is not null && IsoTime.Parse(spec.LateDueDate) < IsoTime.Parse(spec.DueDate!))
            return "'lateDueDate' is before 'dueDate'";
        if (spec.LatePenalty is { } penalty && (penalty.Per is not ("day" or "hour") || penalty.Percent is < 0 or > 100
                                                || penalty.MaxPercent is < 0 or > 100))
            return "'latePenalty' takes 'percent' and 'maxPercent' from 0 to 100 and 'per' day or hour";
        return null;
    }

    // The first problem found, phrased for the course staff who wrote the file; null when the spec is sound.
    public static string? Validate(AssignmentSpec spec)
    {
        if (string.IsNullOrWhiteSpace(spec.Id)) return "'id' is required";
        if (!SafeName.IsSafe(spec.Id)) return $"'id' {Quoted(spec.Id)} is not a safe folder name ({SafeNameRule})";
        if (string.IsNullOrWhiteSpace(spec.Title)) return "'title' is required";
        if (spec.TimeLimitMs is < MinTimeLimitMs or > MaxTimeLimitMs)
            return $"'timeLimitMs' is {spec.TimeLimitMs}; it must be between {MinTimeLimitMs} and {MaxTimeLimitMs} "
                   + "(milliseconds per case)";
        if (spec.MemoryLimitMb < MinMemoryLimitMb || spec.MemoryLimitMb > MachineMemoryMb)
            return $"'memoryLimitMb' is {spec.MemoryLimitMb}; it must be between {MinMemoryLimitMb} "
                   + $"and this machine's {MachineMemoryMb} MB";
        if (spec.HiddenCaseVisibility is not ("hidden" or "after_due_date" or "after_published" or "visible"))
            return $"'hiddenCaseVisibility' is {Quoted(spec.HiddenCaseVisibility)}; "
                   + "it must be hidden, after_due_date, after_published or visible";
        if (LateProblem(spec) is { } late) return late;
        if (spec.Questions.Count == 0) return "'questions' must list at least one question";
        var duplicate = spec.Questions.GroupBy(q => q.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) return $"question id '{duplicate.Key}' is used twice";
        foreach (var q in spec.Questions)
        {
            if (string.IsNullOrWhiteSpace(q.Id) || string.IsNullOrWhiteSpace(q.Title))
                return "every question needs an 'id' and a 'title'";
            if (!SafeName.IsSafe(q.Id)) return $"question id {Quoted(q.Id)} is not a safe name ({SafeNameRule})";
            if (q.Points <= 0) return $"question '{q.Id}': 'points' must be positive";
            if (q.Manual) continue;
            if (q.Artifact is { } artifact)
            {
                if (artifact.File == "" || artifact.Evaluator == "")
                    return $"question '{q.Id}': 'artifact' needs a file and an evaluator";
                if (!SafeName.IsSafe(artifact.File))
                    return $"question '{q.Id}': 'artifact.file' {Quoted(artifact.File)} is not a plain file name "
                           + $"({SafeNameRule})";
                if (artifact.Full <= artifact.Zero)
                    return $"question '{q.Id}': 'artifact.full' must be above 'artifact.zero'";
                continue;
            }
            if (q.Function is null || q.Function.Name == "" || q.Function.Returns == "")
                return $"question '{q.Id}': 'function' needs a name and a return type";
            if (q.Cases.Count == 0 && q.Random.Count == 0 && !spec.StudentCopy) return $"question '{q.Id}': no cases";
            if (q.Mistakes.FirstOrDefault(m => m.IsScripted && !SafeName.IsSafe(m.Id)) is { } unsafeScript)
                return $"question '{q.Id}': mistake id {Quoted(unsafeScript.Id)} names the script mistakes/<id>.csx "
                       + $"but is not a safe name ({SafeNameRule})";
        }
        return null;
    }

    public const string SafeNameRule = "ASCII letters, digits, '-', '_' and inner dots, at most 64 characters";

    // The offending text shown as a JSON string: a control character or a line break stays on the one error line.
    static string Quoted(string text) => JsonConvert.ToString(text);
}
