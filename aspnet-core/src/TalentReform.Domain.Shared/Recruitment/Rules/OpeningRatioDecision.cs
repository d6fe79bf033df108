namespace TalentReform.Recruitment;

/// <summary>What the opening-ratio check (开考比例核验) decided for a position.</summary>
public enum OpeningRatioDecision
{
    /// <summary>Enough qualified applicants: the position runs with all its places.</summary>
    Met,

    /// <summary>核减: fewer places, so that the remaining places meet the ratio.</summary>
    Reduced,

    /// <summary>取消: the position does not run.</summary>
    Cancelled,

    /// <summary>Below the ratio, but an approved exemption lets it run unchanged.</summary>
    Exempted,

    /// <summary>考核招聘/直接考察: no ratio applies.</summary>
    NotApplicable,
}
