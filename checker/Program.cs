using System.CommandLine;
using Grader.Cli;
using Grader.Run;

namespace Grader;

/// <summary>grader-check: the student's tool. `check` (and its workers); no verb here can see an answer key.</summary>
public static class CheckerProgram
{
    public static int Main(string[] args)
    {
        if (args is ["worker"]) return WorkerHost.Run();
        var root = new RootCommand("grader-check: runs your homework solution on the assignment's public cases")
        {
            new CheckCommand(),
        };
        return root.Parse(args).Invoke();
    }
}
