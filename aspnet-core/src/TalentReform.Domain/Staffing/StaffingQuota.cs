using TalentReform.Entities;
using TalentReform.Localization;

namespace TalentReform.Staffing;

/// <summary>
/// 编制 of one unit for one <see cref="StaffingType"/>: the approved number of slots. Occupied slots are
/// not stored but counted from active appointments, so the two can never disagree.
/// </summary>
public class StaffingQuota : AggregateRoot, IMultiZone
{
    public Guid? ZoneId { get; private set; }
    public Guid OrgUnitId { get; private set; }
    public StaffingType StaffingType { get; private set; }
    public int Approved { get; private set; }

    protected StaffingQuota()
    {
    }

    public StaffingQuota(Guid id, Guid zoneId, Guid orgUnitId, StaffingType staffingType, int approved)
        : base(id)
    {
        ZoneId = zoneId;
        OrgUnitId = orgUnitId;
        StaffingType = staffingType;
        SetApproved(approved, 0);
    }

    /// <summary>Refused below the slots already occupied: a quota cut never silently un-seats people.</summary>
    public void SetApproved(int approved, int occupied)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(approved);
        if (approved < occupied)
        {
            // Boxed: an int right after the code would bind to the (code, status, args) overload.
            throw new BusinessException(TalentReformErrorCodes.StaffingQuotaBelowOccupied, approved, occupied);
        }

        Approved = approved;
    }

    /// <summary>
    /// 实名制: a person takes a slot only while one is vacant (空编 = approved − occupied). A unit without a
    /// quota of the type has none (<paramref name="approved"/> 0).
    /// </summary>
    public static void EnsureFreeSlot(string unitName, StaffingType type, int approved, int occupied)
    {
        if (occupied >= approved)
        {
            throw new BusinessException(TalentReformErrorCodes.NoFreeStaffingSlot, unitName, LocalizedEnum.Of(type), approved, occupied);
        }
    }
}
