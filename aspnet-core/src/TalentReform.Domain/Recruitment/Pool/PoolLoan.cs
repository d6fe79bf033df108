using TalentReform.Entities;
using TalentReform.Localization;
using TalentReform.Planning.Approval;
using TalentReform.Staffing;
using TalentReform.Talents;

namespace TalentReform.Recruitment;

/// <summary>What a unit asks the pool for: a slot for one named hire, why the hire qualifies, the term and the 使用返还计划.</summary>
/// <param name="UnitName">The unit's name when asked, so the loan reads as requested whatever the unit is called later.</param>
/// <param name="TermMonths">周转期 in months, at most the policy's <see cref="PoolLoanPolicy.MaxTermYears"/> years.</param>
public sealed record PoolLoanRequest(
    Guid BorrowingUnitId,
    string UnitName,
    string HireName,
    Guid? PersonId,
    Guid? ApplicationId,
    PoolLoanJustification Justification,
    TalentTierLevel? Tier,
    Guid? ShortagePostId,
    int TermMonths,
    DateOnly? ExpectedReturnDate,
    string ReturnPlan);

/// <summary>
/// A 周转编制 loan of one named pool slot to one unit for one named hire (人编对号), approved through the approval
/// engine. Once active it ends by a return (the person moved onto a regular slot: when, which post and appointment
/// are kept) or a release (the person left: 人走编收); the slot then goes back to the pool.
/// </summary>
public class PoolLoan : AggregateRoot, IMultiZone, IHasCreationTime, IApprovableDocument
{
    /// <summary>The loans' kind of document for the approval engine.</summary>
    public const string Kind = "PoolLoan";

    public Guid? ZoneId { get; private set; }
    public string Number { get; private set; } = null!;
    public Guid SlotId { get; private set; }
    public StaffingType StaffingType { get; private set; }
    public Guid BorrowingUnitId { get; private set; }
    public string UnitName { get; private set; } = null!;
    public string HireName { get; private set; } = null!;
    public Guid? PersonId { get; private set; }
    public Guid? ApplicationId { get; private set; }
    public PoolLoanJustification Justification { get; private set; }
    public TalentTierLevel? Tier { get; private set; }
    public Guid? ShortagePostId { get; private set; }
    public int TermMonths { get; private set; }
    public DateOnly? ExpectedReturnDate { get; private set; }
    public string ReturnPlan { get; private set; } = null!;
    public PoolLoanStatus Status { get; private set; }
    public Guid CreatorId { get; private set; }
    public string CreatorName { get; private set; } = null!;
    public DateTimeOffset CreationTime { get; private set; }
    public DateTimeOffset LastModificationTime { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The appointment held on the pool slot while active.</summary>
    public Guid? AppointmentId { get; private set; }

    public DateOnly? StartedOn { get; private set; }
    public DateOnly? TermEnd { get; private set; }
    public DateOnly? ReturnedOn { get; private set; }
    public Guid? ReturnPostId { get; private set; }
    public Guid? ReturnAppointmentId { get; private set; }
    public DateOnly? ReleasedOn { get; private set; }
    public string? ReleaseReason { get; private set; }
    public Guid? ApprovalProcessId { get; private set; }
    public ApprovalProcess? Approval { get; private set; }

    public string Title => $"{UnitName}：{HireName}";

    /// <summary>Holds its slot: requested, approved or active (one slot, one open loan).</summary>
    public bool HoldsSlot => Status is PoolLoanStatus.Requested or PoolLoanStatus.Approved or PoolLoanStatus.Active;

    string IApprovableDocument.ApprovalKind => Kind;

    Guid IApprovableDocument.DrafterId => CreatorId;

    protected PoolLoan()
    {
    }

    internal PoolLoan(
        Guid id, Guid zoneId, string number, StaffingPoolSlot slot, PoolLoanRequest request, PoolLoanPolicy policy, Guid creatorId, string creatorName,
        DateTimeOffset now)
        : base(id)
    {
        ZoneId = zoneId;
        Number = Check.NotNullOrWhiteSpace(number, nameof(number)).Trim();
        SlotId = slot.Id;
        StaffingType = slot.StaffingType;
        CreatorId = creatorId;
        CreatorName = creatorName;
        CreationTime = now;
        Status = PoolLoanStatus.Draft;
        Apply(request, policy);
        LastModificationTime = now;
    }

    public PoolLoanRequest Request => new(
        BorrowingUnitId, UnitName, HireName, PersonId, ApplicationId, Justification, Tier, ShortagePostId, TermMonths, ExpectedReturnDate, ReturnPlan);

    /// <summary>Active past its 周转期 without a return: due for the 编办's review (extend, resize or wind down).</summary>
    public bool IsOverdue(DateOnly today) => Status == PoolLoanStatus.Active && TermEnd < today;

    /// <summary>Edits a draft (also one returned for revision). The borrowing unit stays: a different unit is a different request.</summary>
    public void Edit(PoolLoanRequest request, PoolLoanPolicy policy, DateTimeOffset now)
    {
        if (Status != PoolLoanStatus.Draft)
        {
            throw new BusinessException(TalentReformErrorCodes.PoolLoanNotEditable, LocalizedEnum.Of(Status));
        }

        Apply(request with { BorrowingUnitId = BorrowingUnitId }, policy);
        Touch(now);
    }

    /// <summary>Marks the draft requested, before the approval engine starts the round (the manager re-checks the unit's 空编 first).</summary>
    internal void Submit(DateTimeOffset now)
    {
        EnsureStatus("PoolLoanAction:Submit", PoolLoanStatus.Draft);
        Status = PoolLoanStatus.Requested;
        SubmittedAt = now;
        DecidedAt = null;
        Touch(now);
    }

    void IApprovableDocument.AttachApproval(ApprovalProcess process)
    {
        Approval = process;
        ApprovalProcessId = process.Id;
    }

    void IApprovableDocument.OnApprovalDecision(ApprovalOutcome outcome, DateTimeOffset now)
    {
        Touch(now);
        if (ApprovalEnd.StatusFor(outcome, PoolLoanStatus.Approved, PoolLoanStatus.Rejected, PoolLoanStatus.Draft) is { } status)
        {
            Status = status;
            DecidedAt = now;
        }
    }

    /// <summary>The named hire is on the pool slot (its appointment) from <paramref name="on"/>: the term runs from then.</summary>
    internal void Activate(Guid appointmentId, Guid personId, DateOnly on, DateTimeOffset now)
    {
        EnsureStatus("PoolLoanAction:Activate", PoolLoanStatus.Approved);
        if (PersonId is { } named && named != personId)
        {
            throw new BusinessException(TalentReformErrorCodes.PoolLoanPersonMismatch, HireName);
        }

        AppointmentId = appointmentId;
        PersonId = personId;
        StartedOn = on;
        TermEnd = on.AddMonths(TermMonths).AddDays(-1);
        Status = PoolLoanStatus.Active;
        Touch(now);
    }

    /// <summary>Returned: the person now holds a regular slot of the unit (kept: when, which post and appointment).</summary>
    internal void Return(DateOnly on, RegularSeat seat, DateTimeOffset now)
    {
        EnsureMayReturn();
        ReturnedOn = on;
        ReturnPostId = seat.PostId;
        ReturnAppointmentId = seat.AppointmentId;
        Status = PoolLoanStatus.Returned;
        Touch(now);
    }

    /// <summary>Only an active loan is returned: checked before the person is moved.</summary>
    internal void EnsureMayReturn() => EnsureStatus("PoolLoanAction:Return", PoolLoanStatus.Active);

    /// <summary>Released: the person left the unit, the slot goes back to the pool (人走编收).</summary>
    internal void Release(DateOnly on, string reason, DateTimeOffset now)
    {
        EnsureStatus("PoolLoanAction:Release", PoolLoanStatus.Active);
        ReleasedOn = on;
        ReleaseReason = Check.NotNullOrWhiteSpace(reason, nameof(reason)).Trim();
        Status = PoolLoanStatus.Released;
        Touch(now);
    }

    private void Apply(PoolLoanRequest request, PoolLoanPolicy policy)
    {
        if (string.IsNullOrWhiteSpace(request.HireName))
        {
            throw new BusinessException(TalentReformErrorCodes.PoolLoanHireRequired);
        }

        var eligible = request.Justification switch
        {
            PoolLoanJustification.TalentTier => request.Tier is { } tier && tier <= policy.LowestEligibleTier,
            PoolLoanJustification.ShortagePost => request.ShortagePostId is not null,
            _ => false,
        };
        if (!eligible)
        {
            throw new BusinessException(
                TalentReformErrorCodes.PoolLoanNotEligible, request.Tier?.ToString() ?? "—", policy.LowestEligibleTier.ToString());
        }

        var maxMonths = policy.MaxTermYears * 12;
        if (request.TermMonths < 1 || request.TermMonths > maxMonths)
        {
            throw new BusinessException(TalentReformErrorCodes.PoolLoanTermInvalid, request.TermMonths, policy.MaxTermYears);
        }

        if (string.IsNullOrWhiteSpace(request.ReturnPlan))
        {
            throw new BusinessException(TalentReformErrorCodes.PoolLoanReturnPlanRequired);
        }

        BorrowingUnitId = request.BorrowingUnitId;
        UnitName = Check.NotNullOrWhiteSpace(request.UnitName, nameof(request.UnitName)).Trim();
        HireName = request.HireName.Trim();
        PersonId = request.PersonId;
        ApplicationId = request.ApplicationId;
        Justification = request.Justification;
        Tier = request.Tier;
        ShortagePostId = request.ShortagePostId;
        TermMonths = request.TermMonths;
        ExpectedReturnDate = request.ExpectedReturnDate;
        ReturnPlan = request.ReturnPlan.Trim();
    }

    private void EnsureStatus(string actionKey, params PoolLoanStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new BusinessException(TalentReformErrorCodes.PoolLoanStatusInvalid, LocalizedEnum.Of(Status), new LocalizedText(actionKey));
        }
    }

    private void Touch(DateTimeOffset now) => LastModificationTime = now;
}
