using Grader.Cases;

namespace Grader.Pipeline;

public sealed partial class Session
{
    /// <summary>Writes one assignment's case files: 0, or 1 after one error line naming the folder and the fault.
    /// </summary>
    public int WriteCases(string dir)
    {
        try
        {
            var (publicCases, hiddenCases) = CaseFiles.Build(dir);
            CaseFiles.Write(dir, publicCases, hiddenCases);
            Console.Print($"{dir}: {publicCases.Questions.Sum(q => q.Value.Count)} public and "
                          + $"{hiddenCases.Questions.Sum(q => q.Value.Count)} hidden cases");
            return 0;
        }
        catch (Exception e) when (CaseFiles.IsAuthoringFault(e))
        {
            Console.Fail($"{dir}: {e.Message}");
            return 1;
        }
    }
}
