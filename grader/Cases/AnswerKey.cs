using Newtonsoft.Json.Linq;

namespace Grader.Cases;

/// <summary>
/// One function of the answer key, or one known mistake: what it returns on a case's arguments. Throws
/// ArgumentException for arguments it rejects (a random draw is then drawn again) and AuthoringError for anything else
/// the course staff must fix.
/// </summary>
public delegate JToken Answer(JArray args);

/// <summary>A question's answer key (null when every case carries its answer as data) and its mistakes by id.</summary>
public sealed record QuestionKey(Answer? Reference, IReadOnlyDictionary<string, Answer> Mistakes);

/// <summary>A fault in what the course staff wrote (a solution that throws, a mistake no case shows).</summary>
public sealed class AuthoringError(string message) : Exception(message);
