using Grader.Assignments;

namespace Grader.Cli;

/// <summary>An assignment folder named on the command line, loaded for any verb (of either tool).</summary>
public static class AssignmentFolder
{
    /// <summary>The assignment, or null after printing the one-line reason it cannot be loaded.</summary>
    public static Assignment? Load(string directory, bool publicOnly = false)
    {
        switch (AssignmentLoader.Load(directory, publicOnly))
        {
            case Loaded loaded: return loaded.Assignment;
            case LoadFailed failed: Status.Error(failed.Message); return null;
            default: return null;
        }
    }
}
