namespace TalentReform.Recruitment;

/// <summary>How a weighted score is cut to the campaign's scale; fixed at publication, as announced in the notice.</summary>
public enum ScoreRounding
{
    /// <summary>四舍五入 (round half away from zero), the common default.</summary>
    HalfUp,

    /// <summary>截尾 (truncate toward zero), which some notices announce instead.</summary>
    Truncate,
}
