using TalentReform.Entities;

namespace TalentReform.Planning.Approval;

/// <summary>
/// A step of a zone's approval route: who decides, within how many working days, and who is told when it runs
/// late. Audited on its own: who approves is a matter of separation of duties.
/// </summary>
public class ApprovalRouteStep : Entity, IAuditedPart
{
    public Guid RouteId { get; private set; }
    public int Sequence { get; private set; }
    public string NameZh { get; private set; } = null!;
    public string NameEn { get; private set; } = null!;
    public ApprovalAssigneeKind AssigneeKind { get; private set; }
    public string? RoleName { get; private set; }

    /// <summary>Comma-separated user ids, for <see cref="ApprovalAssigneeKind.Users"/>.</summary>
    public string UserIds { get; private set; } = "";

    /// <summary>会签: every approver must approve, not just one.</summary>
    public bool CounterSign { get; private set; }

    public int TimeLimitWorkingDays { get; private set; }

    /// <summary>The role told (besides the approvers) when the step runs past its time limit (超期督办).</summary>
    public string? EscalationRole { get; private set; }

    protected ApprovalRouteStep()
    {
    }

    internal ApprovalRouteStep(
        Guid id, Guid routeId, int sequence, string nameZh, string nameEn, ApprovalAssigneeKind assigneeKind, string? roleName,
        IReadOnlyCollection<Guid> userIds, bool counterSign, int timeLimitWorkingDays, string? escalationRole)
        : base(id)
    {
        RouteId = routeId;
        Sequence = sequence;
        NameZh = Check.NotNullOrWhiteSpace(nameZh, nameof(nameZh)).Trim();
        NameEn = Check.NotNullOrWhiteSpace(nameEn, nameof(nameEn)).Trim();
        AssigneeKind = assigneeKind;
        RoleName = assigneeKind == ApprovalAssigneeKind.Role ? roleName?.Trim() : null;
        UserIds = assigneeKind == ApprovalAssigneeKind.Users ? string.Join(',', userIds.Distinct()) : "";
        if ((assigneeKind == ApprovalAssigneeKind.Role && string.IsNullOrWhiteSpace(RoleName)) || (assigneeKind == ApprovalAssigneeKind.Users && UserIds.Length == 0))
        {
            throw new BusinessException(TalentReformErrorCodes.ApprovalRouteStepAssigneeMissing, sequence);
        }

        CounterSign = counterSign;
        TimeLimitWorkingDays = timeLimitWorkingDays;
        EscalationRole = string.IsNullOrWhiteSpace(escalationRole) ? null : escalationRole.Trim();
    }

    Guid IAuditedPart.AggregateId => RouteId;

    public IReadOnlyList<Guid> Users => UserIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
}
