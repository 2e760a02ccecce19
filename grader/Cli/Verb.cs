using System.CommandLine;
using Grader.Pipeline;

namespace Grader.Cli;

/// <summary>
/// A verb of the command line over the run's <see cref="VerbContext"/>: each verb declares only what it takes and
/// does; the console, the MNIST folder and the clock come from the context.
/// </summary>
public abstract class Verb(VerbContext context, string name, string description) : Command(name, description)
{
    protected VerbContext Context => context;

    /// <summary>Where the verb prints (stdout) and says (stderr): the run's, so tests read what a user reads.</summary>
    protected Terminal Console => context.Console;

    /// <summary>The arguments, in the order they are typed.</summary>
    protected void TakeArguments(params Argument[] arguments)
    {
        foreach (var argument in arguments) Add(argument);
    }

    /// <summary>The options, in the order help lists them.</summary>
    protected void TakeOptions(params Option[] options)
    {
        foreach (var option in options) Add(option);
    }
}
