using System.CommandLine;
using Grader.Cli;
using Grader.Pipeline;
using Grader.Run;

namespace Grader;

public static class Program
{
    public static int Main(string[] args) => Run(args, Terminal.System(), MnistOption.Default, () => DateTime.UtcNow);

    /// <summary>
    /// The verbs over what a run is given from outside: the console a user reads, where MNIST is unless --mnist says,
    /// and the clock the reports are dated by. Tests pass their own.
    /// </summary>
    public static int Run(string[] args, Terminal console, string mnist, Func<DateTime> clock)
    {
        // Workers start often: skip building the command line for them.
        if (args is ["worker"]) return WorkerHost.Run();
        var context = new VerbContext(console, mnist, clock);
        var root = new RootCommand("Grader: grades C# deep-learning homework against a reference")
        {
            new GradeCommand(context),
            new CheckCommand(context),
            new AutogradeCommand(context),
            new VerifyCommand(context),
            new CasesCommand(context),
            new NewCommand(context),
            new PackCommand(context),
            new MergeCommand(context),
            new ScoresCommand(context),
            new BenchCommand(context),
            new FetchMnistCommand(context),
            new TrainReferenceCommand(context),
            new BenchCnnCommand(context),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }
}
