using System.CommandLine;
using Grader.Cli;
using Grader.Run;

namespace Grader;

public static class Program
{
    public static int Main(string[] args)
    {
        // Workers start often: skip building the command line for them.
        if (args is ["worker"]) return WorkerHost.Run();
        var root = new RootCommand("Grader: grades C# deep-learning homework against a reference")
        {
            new GradeCommand(),
            new CheckCommand(),
            new AutogradeCommand(),
            new VerifyCommand(),
            new CasesCommand(),
            new NewCommand(),
            new PackCommand(),
            new MergeCommand(),
            new ScoresCommand(),
            new BenchCommand(),
            new FetchMnistCommand(),
            new TrainReferenceCommand(),
            new BenchCnnCommand(),
        };
        return root.Parse(args).Invoke();
    }
}
