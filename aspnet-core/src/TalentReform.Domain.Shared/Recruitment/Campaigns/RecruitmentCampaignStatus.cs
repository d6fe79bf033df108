namespace TalentReform.Recruitment;

/// <summary>The life of a 招聘公告: drafted, published (its conditions frozen), then closed or cancelled.</summary>
public enum RecruitmentCampaignStatus
{
    /// <summary>草稿: freely editable.</summary>
    Draft,

    /// <summary>已发布: conditions change only through a recorded 变更公告.</summary>
    Published,

    /// <summary>已结束.</summary>
    Closed,

    /// <summary>已取消.</summary>
    Cancelled,
}
