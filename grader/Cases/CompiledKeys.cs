using Grader.Assignments;

namespace Grader.Cases;

/// <summary>Answers from the compiled answer key: methods of Grader.Reference and Grader.Reference.Mistakes.</summary>
public static class CompiledKeys
{
    public static Answer Reference(QuestionSpec question)
    {
        var method = ReferenceMethods.Find(question.Reference ?? throw new AuthoringError(
            $"question '{question.Id}' has no 'reference'"), question.Function!);
        return args => ReferenceMethods.Invoke(method, args);
    }

    public static Answer Mistake(QuestionSpec question, MistakeSpec mistake)
    {
        var method = ReferenceMethods.Find(mistake.Reference, question.Function!, "Grader.Reference.Mistakes");
        return args => ReferenceMethods.Invoke(method, args);
    }
}
