namespace TalentReform.Recruitment;

/// <summary>
/// An approved exemption from the opening ratio: 紧缺专业 or 层次要求高 positions may run below it, but only with the
/// approval of the 事业单位人事综合管理部门 (RECRUITMENT-RULES §1.3), so who approved, when and why is recorded.
/// </summary>
public sealed record OpeningRatioExemption(OpeningRatioExemptionReason Reason, Guid ApprovedBy, DateTimeOffset ApprovedAt, string? Note = null);
