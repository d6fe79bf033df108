namespace TalentReform.Recruitment;

/// <summary>What happens to a position whose qualified applicants do not reach the opening ratio (开考比例).</summary>
public enum OpeningRatioShortfall
{
    /// <summary>核减招聘计划: reduce the places until the ratio is met (the position is cancelled when none are left).</summary>
    ReducePlaces,

    /// <summary>取消该岗位: cancel the position.</summary>
    CancelPosition,
}
