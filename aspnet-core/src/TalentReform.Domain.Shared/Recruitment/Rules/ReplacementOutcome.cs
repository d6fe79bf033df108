namespace TalentReform.Recruitment;

/// <summary>The answer to "who fills this place now?" (递补).</summary>
public enum ReplacementOutcome
{
    /// <summary>The next candidate in rank was found.</summary>
    Selected,

    /// <summary>The campaign announced 不递补.</summary>
    PolicyForbids,

    /// <summary>递补一次 and this place was already filled from the list once.</summary>
    AlreadyReplacedOnce,

    /// <summary>Nobody left on the interview-qualified list.</summary>
    ListExhausted,

    /// <summary>The next candidates share a rank that no 加试 has broken yet: HR records one first.</summary>
    TieNeedsExtraTest,
}
