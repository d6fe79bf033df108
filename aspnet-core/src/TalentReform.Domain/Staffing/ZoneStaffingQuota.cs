using TalentReform.Entities;
using TalentReform.Localization;

namespace TalentReform.Staffing;

/// <summary>The zone's total 编制 of one type, as approved for the whole zone; caps the sum of its units' quotas.</summary>
public class ZoneStaffingQuota : AggregateRoot, IMultiZone
{
    public Guid? ZoneId { get; private set; }
    public StaffingType StaffingType { get; private set; }
    public int Approved { get; private set; }

    protected ZoneStaffingQuota()
    {
    }

    public ZoneStaffingQuota(Guid id, Guid zoneId, StaffingType staffingType, int approved)
        : base(id)
    {
        ZoneId = zoneId;
        StaffingType = staffingType;
        SetApproved(approved, 0);
    }

    public void SetApproved(int approved, int allocatedToUnits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(approved);
        if (approved < allocatedToUnits)
        {
            throw new BusinessException(TalentReformErrorCodes.ZoneStaffingTotalBelowAllocated, LocalizedEnum.Of(StaffingType), approved, allocatedToUnits);
        }

        Approved = approved;
    }

    /// <summary>Units may share out at most the zone total; a type without a zone total has none to share.</summary>
    public static void EnsureWithinTotal(StaffingType type, int zoneTotal, int unitSum)
    {
        if (unitSum > zoneTotal)
        {
            throw new BusinessException(TalentReformErrorCodes.ZoneStaffingTotalExceeded, LocalizedEnum.Of(type), zoneTotal, unitSum);
        }
    }
}
