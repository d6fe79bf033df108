using System.ComponentModel.DataAnnotations;
using TalentReform.Dtos;
using TalentReform.Staffing;
using TalentReform.Talents;

namespace TalentReform.Recruitment;

public record StaffingPoolSlotDto(
    Guid Id, string Code, string Name, StaffingType StaffingType, string SourceNote, StaffingPoolSlotStatus Status, Guid? CurrentLoanId,
    DateTimeOffset CreationTime, string ConcurrencyStamp);

public class StaffingPoolSlotInput
{
    [Required]
    [StringLength(StaffingPoolConsts.MaxSlotCodeLength, MinimumLength = 1)]
    public string Code { get; set; } = "";

    [Required]
    [StringLength(StaffingPoolConsts.MaxSlotNameLength, MinimumLength = 1)]
    public string Name { get; set; } = "";

    [StringLength(StaffingPoolConsts.MaxSourceNoteLength)]
    public string? SourceNote { get; set; }
}

public class UpdateStaffingPoolSlotDto : StaffingPoolSlotInput
{
    [Required]
    public string ConcurrencyStamp { get; set; } = "";
}

/// <summary>A loan with its history: when it started, its term end, and how it ended (returned onto which post and appointment, or released).</summary>
public record PoolLoanDto(
    Guid Id, string Number, Guid SlotId, string SlotCode, StaffingType StaffingType, Guid BorrowingUnitId, string UnitName, string HireName, Guid? PersonId,
    Guid? ApplicationId, PoolLoanJustification Justification, TalentTierLevel? Tier, Guid? ShortagePostId, int TermMonths, DateOnly? ExpectedReturnDate,
    string ReturnPlan, PoolLoanStatus Status, string CreatorName, DateTimeOffset CreationTime, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt,
    Guid? AppointmentId, DateOnly? StartedOn, DateOnly? TermEnd, DateOnly? ReturnedOn, Guid? ReturnPostId, Guid? ReturnAppointmentId,
    DateOnly? ReleasedOn, string? ReleaseReason, Guid? ApprovalProcessId, bool IsOverdue, string ConcurrencyStamp);

public class GetPoolLoansInput : PagedAndSortedRequestDto
{
    public PoolLoanStatus? Status { get; set; }

    public Guid? SlotId { get; set; }

    public Guid? BorrowingUnitId { get; set; }
}

/// <summary>A unit asks for a pool slot for one named hire: why the hire qualifies, the term (months) and the return plan.</summary>
public class RequestPoolLoanDto
{
    [Required]
    public Guid? SlotId { get; set; }

    [Required]
    public Guid? BorrowingUnitId { get; set; }

    [Required]
    [StringLength(StaffingPoolConsts.MaxPersonNameLength, MinimumLength = 1)]
    public string HireName { get; set; } = "";

    public Guid? PersonId { get; set; }

    public Guid? ApplicationId { get; set; }

    [Required]
    public PoolLoanJustification? Justification { get; set; }

    public TalentTierLevel? Tier { get; set; }

    public Guid? ShortagePostId { get; set; }

    [Range(1, 600)]
    public int TermMonths { get; set; }

    public DateOnly? ExpectedReturnDate { get; set; }

    [Required]
    [StringLength(StaffingPoolConsts.MaxReturnPlanLength, MinimumLength = 1)]
    public string ReturnPlan { get; set; } = "";
}

/// <summary>Seats the approved loan's person on a vacant post of the borrowing unit, held on the pool slot.</summary>
public class ActivatePoolLoanDto
{
    [Required]
    public Guid? PersonId { get; set; }

    [Required]
    public Guid? PostId { get; set; }

    [Required]
    public DateOnly? StartOn { get; set; }
}

public class ReturnPoolLoanDto
{
    [Required]
    public DateOnly? On { get; set; }
}

public class ReleasePoolLoanDto
{
    [Required]
    public DateOnly? On { get; set; }

    [Required]
    [StringLength(StaffingPoolConsts.MaxReasonLength, MinimumLength = 1)]
    public string Reason { get; set; } = "";
}

/// <summary>One unit×type's seats: the regular quota and slots taken, and the pool slots in use apart (never in the quota).</summary>
public record UnitSeatsDto(
    Guid OrgUnitId, StaffingType StaffingType, int RegularQuota, int RegularOccupied, int Vacant, int PoolSlotsInUse, int OwedToPoolLoans);
