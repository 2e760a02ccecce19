namespace Grader.Report;

/// <summary>Who a rendering of the one report model is for: what the student may see, or everything (staff).</summary>
public enum Audience { Student, Staff }
