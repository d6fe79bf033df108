namespace TalentReform.Recruitment;

/// <summary>A named 编制周转池 slot is free in the pool or lent to a unit for one named hire.</summary>
public enum StaffingPoolSlotStatus
{
    Free,
    Lent,
}
