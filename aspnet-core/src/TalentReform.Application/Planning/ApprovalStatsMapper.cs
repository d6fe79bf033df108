using Riok.Mapperly.Abstractions;
using TalentReform.Planning.Approval;

namespace TalentReform.Planning;

/// <summary>The 按时办结率 report; the period, the approvers' rows (named) and the overdue steps (with their documents) come in from the caller.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ApprovalStatsMapper
{
    public static partial ApprovalStatsDto ToDto(
        this ApprovalTimelinessReport report, DateOnly from, DateOnly to, IReadOnlyList<ApprovalStatsRowDto> byApprovers, IReadOnlyList<OverdueStepDto> overdueSteps);

    public static partial ApprovalStatsRowDto ToDto(this ApprovalTimelinessRow row);

    /// <summary>A row whose key is a user id, named as the users' table names the user.</summary>
    public static partial ApprovalStatsRowDto ToDto(this ApprovalTimelinessRow row, string nameZh, string nameEn);
}
