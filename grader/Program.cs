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
        var root = new RootCommand("Grader: grades C# deep-learning homework against a reference")
        {
            new GradeCommand(console, mnist, clock),
            new CheckCommand(console, mnist),
            new AutogradeCommand(console, mnist, clock),
            new VerifyCommand(console, mnist),
            new CasesCommand(console, mnist),
            new NewCommand(console, mnist),
            new PackCommand(console, mnist),
            new MergeCommand(console),
            new ScoresCommand(console),
            new BenchCommand(console, mnist),
            new FetchMnistCommand(console, mnist),
            new TrainReferenceCommand(console, mnist),
            new BenchCnnCommand(console, mnist),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }
}
