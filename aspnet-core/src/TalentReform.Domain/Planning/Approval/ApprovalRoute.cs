using TalentReform.Entities;

namespace TalentReform.Planning.Approval;

/// <summary>A step as drafted for <see cref="ApprovalRoute.SetSteps"/>.</summary>
public sealed record ApprovalRouteStepSpec(
    string NameZh, string NameEn, ApprovalAssigneeKind AssigneeKind, string? RoleName, IReadOnlyCollection<Guid> UserIds, bool CounterSign,
    int TimeLimitWorkingDays, string? EscalationRole);

/// <summary>
/// A zone's approval route for one kind of document (for staffing plans e.g. 编办初审 3 → 分管领导 2 → 主任办公会 5
/// working days). A zone may keep several per kind; the kind's default one is used on submission.
/// </summary>
public class ApprovalRoute : AggregateRoot, IMultiZone
{
    private readonly List<ApprovalRouteStep> _steps = [];

    public Guid? ZoneId { get; private set; }

    /// <summary>The kind of document the route approves (<see cref="IApprovableDocument.ApprovalKind"/>).</summary>
    public string DocumentKind { get; private set; } = null!;

    public string Name { get; private set; } = null!;
    public bool IsDefault { get; private set; }

    public IReadOnlyList<ApprovalRouteStep> Steps => _steps.OrderBy(s => s.Sequence).ToList();

    protected ApprovalRoute()
    {
    }

    public ApprovalRoute(Guid id, Guid zoneId, string documentKind, string name, bool isDefault, IReadOnlyList<ApprovalRouteStepSpec> steps)
        : base(id)
    {
        ZoneId = zoneId;
        DocumentKind = Check.NotNullOrWhiteSpace(documentKind, nameof(documentKind));
        Update(name, isDefault, steps);
    }

    public void Update(string name, bool isDefault, IReadOnlyList<ApprovalRouteStepSpec> steps)
    {
        Name = Check.NotNullOrWhiteSpace(name, nameof(name)).Trim();
        IsDefault = isDefault;
        SetSteps(steps);
    }

    public void SetSteps(IReadOnlyList<ApprovalRouteStepSpec> steps)
    {
        if (steps.Count == 0)
        {
            throw new BusinessException(TalentReformErrorCodes.ApprovalRouteEmpty);
        }

        var created = steps.Select((s, i) => new ApprovalRouteStep(
            Guid.NewGuid(), Id, i + 1, s.NameZh, s.NameEn, s.AssigneeKind, s.RoleName, s.UserIds, s.CounterSign, s.TimeLimitWorkingDays, s.EscalationRole)).ToList();
        _steps.Clear();
        _steps.AddRange(created);
    }

    /// <summary>Another route became the zone's default.</summary>
    public void ClearDefault() => IsDefault = false;

    /// <summary>The zone's default route was deleted and this one takes over.</summary>
    public void MakeDefault() => IsDefault = true;
}
