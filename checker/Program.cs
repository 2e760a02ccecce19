using System.CommandLine;
using Grader.Cli;
using Grader.Pipeline;
using Grader.Run;

namespace Grader;

/// <summary>grader-check: the student's tool. `check` (and its workers); no verb here can see an answer key.</summary>
public static class CheckerProgram
{
    public static int Main(string[] args)
    {
        if (args is ["worker"]) return WorkerHost.Run();
        var console = Terminal.System();
        // No MNIST folder: the checker registers no evaluator that would read one (NoEvaluators.cs).
        var root = new RootCommand("grader-check: runs your homework solution on the assignment's public cases")
        {
            new CheckCommand(new VerbContext(console, Mnist: "", Clock: () => DateTime.UtcNow)),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }
}
