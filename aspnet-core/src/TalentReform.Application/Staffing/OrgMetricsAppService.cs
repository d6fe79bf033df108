using TalentReform.Organization;

namespace TalentReform.Staffing;

public class OrgMetricsAppService(OrgMetricsCalculator calculator, OrgUnitManager orgUnits) : IOrgMetricsAppService
{
    public async Task<OrgMetricsDto> GetAsync(GetOrgMetricsInput input, CancellationToken cancellationToken = default)
    {
        var m = await calculator.CalculateAsync(input.UnitId, cancellationToken);
        var unitNames = new Dictionary<Guid, string>();
        foreach (var unitId in m.PostsWithoutDuty.Select(p => p.OrgUnitId).Distinct())
        {
            unitNames[unitId] = (await orgUnits.GetActiveAsync(unitId, cancellationToken)).LocalizedName();
        }

        return m.ToDto(
            m.PostsWithoutDuty.Select(p => p.ToPostWithoutDutyDto(unitNames[p.OrgUnitId])).ToList(),
            m.DutiesWithoutPost.Select(d => d.ToDto(d.Unit.LocalizedName())).ToList());
    }
}
