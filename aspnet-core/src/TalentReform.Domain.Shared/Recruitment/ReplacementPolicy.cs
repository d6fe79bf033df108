namespace TalentReform.Recruitment;

/// <summary>递补: whether a place left open after 体检, 考察 or 公示 is filled from the next in rank.</summary>
public enum ReplacementPolicy
{
    /// <summary>不递补: the place stays open.</summary>
    None,

    /// <summary>递补一次: one replacement per place.</summary>
    Once,

    /// <summary>依次递补: the next in rank until the interview-qualified list is exhausted.</summary>
    UntilExhausted,
}
