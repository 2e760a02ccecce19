using Grader.Artifacts;
using Grader.Assignments;
using Grader.Check;
using Grader.Compile;
using Grader.Report;
using Grader.Run;
using Grader.Score;

namespace Grader.Pipeline;

/// <summary>
/// The pipeline for one submission, as a visible list of stages:
/// Compile submission → Run cases (isolated) → Check against reference → Diagnose mistakes → Score.
/// (Load assignment comes before, once per batch; Report after, once per student and once per class.)
/// </summary>
public sealed class SubmissionGrader(Assignment assignment, WorkerPool pool, ArtifactEvaluators evaluators)
{
    AssignmentSpec Spec => assignment.Spec;

    // Read once per grader: a student copy of an assignment may have no template.
    readonly Lazy<string?> template =
        new(() => File.Exists(assignment.TemplatePath) ? File.ReadAllText(assignment.TemplatePath) : null);

    public StudentReport Grade(Submission submission)
    {
        var compiled = ScriptCompiler.Compile(submission.Source, submission.FileName, Spec.Questions,
                                              submission.JoinLines);
        var (report, load, missing) = compiled.Match(compiled: script => Run(submission, script),
                                                     failed: failed => NoneRan(submission, failed));
        var refusals = compiled.Refusals;
        var unchanged = StatusOf.IsTemplate(submission.Source, template.Value);
        var facts = new SubmissionFacts(unchanged, compiled, load, refusals, missing);
        return report with { Refusals = refusals, Status = StatusOf.Facts(facts) };
    }

    (StudentReport, RunOutcome? Load, bool HandedInMissing) NoneRan(Submission submission, CompileFailed failed)
    {
        var (none, missing) = Finish(submission, q => NotRunAll(q, failed.Reason), failed.Errors,
                                     $"No question could run: {failed.Reason}.");
        return (none, null, missing);
    }

    (StudentReport, RunOutcome? Load, bool HandedInMissing) Run(Submission submission, Compiled script)
    {
        using var lease = pool.Rent();
        var runner = new SubmissionRunner(lease, script, Spec);
        var load = runner.LoadScript();
        var (report, handedInMissing) = load.Match(
            loaded: () => Finish(submission, RunPublicCasesFirst(runner, script), script.Errors, null),
            failed: outcome => Finish(submission,
                q => NotRunAll(q, "the script's top-level code failed: "
                                  + CaseJudge.Explain(new DidNotReturn(outcome))),
                script.Errors, null));
        var failedLoad = load.Match<RunOutcome?>(loaded: () => null, failed: outcome => outcome);
        var noticed = runner.LeftWorkRunning() ? report with { Notice = Join(report.Notice, LeftWork) } : report;
        return (noticed, failedLoad, handedInMissing);
    }

    const string LeftWork = "Your code kept running after your functions returned (work queued through Progress<T>, "
        + "async void or an awaiter): it was stopped, and the worker that ran it was replaced. "
        + "Return your answers directly.";

    static string Join(string? first, string second) => first is null ? second : $"{first} {second}";

    /// <summary>A report in which no question ran, for a reason outside the student's code.</summary>
    public StudentReport Failed(Submission submission, string reason) =>
        Finish(submission, q => NotRunAll(q, reason), [], reason).Report with { Status = StudentStatus.NotGraded };

    (StudentReport Report, bool HandedInMissing) Finish(
        Submission submission, Func<QuestionSpec, IReadOnlyList<(GradedCase, CaseVerdict)>> grade,
        IReadOnlyList<string> errors, string? notice)
    {
        // A handed-in file lives in the submission's folder; it is measured whether or not the script compiled.
        var handedIn = Spec.Questions.Where(q => q.Artifact is not null)
            .ToDictionary(q => q.Id, q => submission.HandedIn(q.Artifact!.File));
        var questions = Spec.Questions.Select(q => q.Artifact is { } artifact
                ? Scorer.ScoreArtifact(q, evaluators.Evaluate(artifact.Evaluator, artifact.File, handedIn[q.Id],
                                                              artifact.Options))
                : Scorer.Score(q, q.Manual ? [] : grade(q))).ToList();
        var missing = handedIn.Values.Any(f => f.Match(bytes: _ => false, refused: _ => true, absent: _ => true));
        return (Scorer.Student(submission.Id, submission.Name, questions, errors, notice), missing);
    }

    IReadOnlyList<(GradedCase, CaseVerdict)> NotRunAll(QuestionSpec question, string reason) =>
        assignment.CasesOf(question).Select(c => (c, (CaseVerdict)new NotRun(reason))).ToList();

    // Every question's public cases run before any hidden case: a script's static fields live across its cases, and
    // what a hidden case's inputs left in them could otherwise come back in a public case's message or output, which
    // the student sees. Hidden cases of a question whose public cases timed out or ran out of memory are skipped.
    Func<QuestionSpec, IReadOnlyList<(GradedCase, CaseVerdict)>> RunPublicCasesFirst(SubmissionRunner runner,
                                                                                     Compiled script)
    {
        var graded = Spec.Questions.Where(q => !q.Manual && q.Artifact is null).ToList();
        var publicResults = graded.ToDictionary(q => q.Id,
            q => RunQuestion(runner, q, script.Bindings[q.Id], [.. assignment.CasesOf(q).Where(c => c.Public)]));
        var all = graded.ToDictionary(q => q.Id, q =>
        {
            var hidden = assignment.CasesOf(q).Where(c => !c.Public).ToList();
            var first = publicResults[q.Id];
            var stop = StoppedBy(first);
            IReadOnlyList<(GradedCase, CaseVerdict)> rest = stop is not null && script.Bindings[q.Id] is Bound
                ? [.. hidden.Select(c => (c, (CaseVerdict)stop))]
                : RunQuestion(runner, q, script.Bindings[q.Id], hidden);
            return (IReadOnlyList<(GradedCase, CaseVerdict)>)[.. first, .. rest];
        });
        return q => all[q.Id];
    }

    const string Skipped = "skipped: an earlier case of this question";

    IReadOnlyList<(GradedCase, CaseVerdict)> RunQuestion(SubmissionRunner runner, QuestionSpec question,
                                                        Binding binding, IReadOnlyList<GradedCase> cases)
    {
        if (binding is not Bound bound) return [.. cases.Select(c => (c, (CaseVerdict)new NotRun(Describe(binding))))];
        var results = new List<(GradedCase, CaseVerdict)>();
        foreach (var outcome in runner.Run(bound, cases, question.Function?.ArgumentsReadOnly == true))
        {
            results.Add((cases[results.Count], CaseJudge.Judge(cases[results.Count], outcome, question)));
            if (outcome is TimedOut or MemoryExceeded) break;
        }
        var stop = StoppedBy(results) ?? new NotRun($"{Skipped} timed out");
        return [.. results, .. cases.Skip(results.Count).Select(c => (c, (CaseVerdict)stop))];
    }

    // A function that loops or exhausts memory once does so on the other cases too; each costs a killed worker, so the
    // rest of the question is skipped and a class's batch stays fast.
    static NotRun? StoppedBy(IReadOnlyList<(GradedCase, CaseVerdict)> results) =>
        results.Select(r => r.Item2.Match(
            passed: _ => null,
            wrongAnswer: _ => null,
            notRun: _ => null,
            didNotReturn: d => d.Outcome.Match<NotRun?>(
                returned: _ => null,
                threw: _ => null,
                crashed: _ => null, // a crash costs its worker only: the next case may well return
                timedOut: _ => new NotRun($"{Skipped} timed out"),
                memoryExceeded: _ => new NotRun($"{Skipped} ran out of memory"))))
            .FirstOrDefault(stop => stop is not null);

    static string Describe(Binding binding) => binding.Match(
        bound: _ => "not run",
        missing: m => m.Message,
        wrongSignature: w => $"wrong signature: {w.Message}",
        notCompiled: n => $"does not compile: {FirstOf(n.Errors)}",
        refused: r => $"not allowed: {FirstOf(r.Errors)}");

    static string FirstOf(IReadOnlyList<string> errors) =>
        errors[0] + (errors.Count > 1 ? $" (and {errors.Count - 1} more)" : "");
}
