using Grader.Pipeline;
using Grader.Report;
using Spectre.Console;

namespace Grader.Cli;

/// <summary>
/// Progress while a class is graded: a live bar when stderr is a terminal, otherwise one plain line per student (CI
/// logs, redirected output). Both go to stderr, so stdout holds only a verb's result.
/// </summary>
public static class ProgressDisplay
{
    public static async Task<T> Run<T>(Terminal terminal, string title, int total, Func<Action<Graded>, Task<T>> work)
    {
        if (!terminal.Live)
        {
            int done = 0;
            return await work(g => terminal.Say(Line(Interlocked.Increment(ref done), total, title, g)));
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(terminal.Error) });
        T result = default!;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                     new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                // The description is Spectre markup: "[red]" in it would be read as a style.
                var task = context.AddTask(Markup.Escape(StudentText.Terminal(title)), maxValue: Math.Max(1, total));
                result = await work(_ => task.Increment(1));
            });
        return result;
    }

    /// <summary>One student's line (Terminal.Say shows its control characters as text).</summary>
    internal static string Line(int done, int total, string title, Graded graded) =>
        $"[{done}/{total}] {title}/{graded.Report.Student}: {MarkdownWriter.Points(graded.Report.Score)} / "
        + MarkdownWriter.Points(graded.Report.MaxScore) + (graded.Resumed ? " (resumed)" : "");
}
