namespace TalentReform.Planning;

/// <summary>Why an apply was refused: the error code, its arguments as text, and when.</summary>
public sealed record ApplyFailure(string Code, IReadOnlyList<string> Args, DateTimeOffset At);
