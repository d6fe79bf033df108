namespace TalentReform.Recruitment;

/// <summary>
/// A 周转编制 loan: drafted by the unit, requested (in the approval engine), approved, active once the named hire is
/// on the pool slot, then returned (the person moved onto a regular slot of the unit) or released (the person left:
/// 人走编收); or rejected. A return for revision puts a requested loan back to draft.
/// </summary>
public enum PoolLoanStatus
{
    Draft,
    Requested,
    Approved,
    Active,
    Returned,
    Released,
    Rejected,
}
