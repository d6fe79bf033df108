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

        return new OrgMetricsDto(
            m.ScopeUnitId, m.AsOf, m.Layers, m.UnitCount, m.AverageSpan, m.MaxSpan, m.StaffCount, m.UnitsPer100Staff, m.PostCount,
            m.LeadershipPostCount, m.LeadershipShare,
            m.QuotaUsage.Select(q => new QuotaUsageDto(q.StaffingType, q.Approved, q.Occupied, q.Vacant, q.Usage)).ToList(),
            m.PostsWithoutDuty.Select(p => new PostWithoutDutyDto(p.Id, p.Code, p.TitleZh, p.TitleEn, p.OrgUnitId, unitNames[p.OrgUnitId])).ToList(),
            m.DutiesWithoutPost.Select(d => new DutyWithoutPostDto(d.Unit.Id, d.Unit.LocalizedName(), d.Function.Id, d.Function.Number, d.Function.Text)).ToList(),
            m.MixViolationCount);
    }
}
