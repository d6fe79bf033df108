using TalentReform.Entities;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>
/// A named slot of the zone's 编制周转池 (事业编制 only): free in the pool, or lent to one unit for one named hire
/// (单列管理, 实名制). Its history is the loans that name it. It never counts in a unit's approved quota.
/// </summary>
public class StaffingPoolSlot : AggregateRoot, IMultiZone, IHasCreationTime
{
    public Guid? ZoneId { get; private set; }
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;

    /// <summary>Always 事业编制: the pool lends public-institution slots to high-level talent.</summary>
    public StaffingType StaffingType { get; private set; }

    /// <summary>Where the slot came from, e.g. the 专项 or the unit whose idle 编制 fed the pool.</summary>
    public string SourceNote { get; private set; } = "";

    public StaffingPoolSlotStatus Status { get; private set; }

    /// <summary>The active loan holding it; null while free.</summary>
    public Guid? CurrentLoanId { get; private set; }

    public DateTimeOffset CreationTime { get; private set; }

    protected StaffingPoolSlot()
    {
    }

    public StaffingPoolSlot(Guid id, Guid zoneId, string code, string name, string? sourceNote, DateTimeOffset now)
        : base(id)
    {
        ZoneId = zoneId;
        StaffingType = StaffingType.PublicInstitution;
        Status = StaffingPoolSlotStatus.Free;
        CreationTime = now;
        Describe(code, name, sourceNote);
    }

    public void Describe(string code, string name, string? sourceNote)
    {
        Code = Check.NotNullOrWhiteSpace(code, nameof(code)).Trim();
        Name = Check.NotNullOrWhiteSpace(name, nameof(name)).Trim();
        SourceNote = sourceNote?.Trim() ?? "";
    }

    /// <summary>One slot, one active loan.</summary>
    internal void Lend(Guid loanId)
    {
        EnsureFree();
        Status = StaffingPoolSlotStatus.Lent;
        CurrentLoanId = loanId;
    }

    internal void EnsureFree()
    {
        if (Status != StaffingPoolSlotStatus.Free)
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.PoolSlotNotFree, Code);
        }
    }

    /// <summary>Back to the pool when the loan ends (returned or released).</summary>
    internal void TakeBack(Guid loanId)
    {
        if (CurrentLoanId == loanId)
        {
            Status = StaffingPoolSlotStatus.Free;
            CurrentLoanId = null;
        }
    }
}
