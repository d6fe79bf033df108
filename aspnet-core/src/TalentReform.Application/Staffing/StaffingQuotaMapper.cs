using Riok.Mapperly.Abstractions;

namespace TalentReform.Staffing;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class StaffingQuotaMapper
{
    /// <param name="occupied">Active appointments on the unit's slots of this type (counted by the caller).</param>
    public static StaffingQuotaDto ToDto(this StaffingQuota quota, int occupied) => Map(quota, occupied, Math.Max(0, quota.Approved - occupied));

    private static partial StaffingQuotaDto Map(StaffingQuota quota, int occupied, int vacant);
}
