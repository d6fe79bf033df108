using TalentReform.Data;
using TalentReform.Organization;
using TalentReform.Talents.Rules;
using TalentReform.Zones;

namespace TalentReform.Talents;

/// <summary>
/// 政策计算器: anyone (no sign-in) enters a profile and sees what the zone's policies in force would give: every
/// benefit with its amount, five years of payments, 就高不重复 applied, and why each is or is not granted.
/// Evaluated in memory by the same rules as the matching; nothing is stored.
/// </summary>
public class PolicyCalculatorAppService(
    IZoneRepository zones,
    PolicyEvaluation evaluation,
    IAsyncQueryableExecuter executer,
    TimeProvider clock) : IPolicyCalculatorAppService
{
    public async Task<IReadOnlyList<PublicZoneDto>> GetZonesAsync(CancellationToken cancellationToken = default)
    {
        var active = await executer.ToListAsync(zones.GetDetachedQueryable().Where(z => z.IsActive).OrderBy(z => z.Code), cancellationToken);
        return active.Select(z => z.ToPublicZoneDto()).ToList();
    }

    public async Task<PolicyCalculatorResultDto> CalculateAsync(string zoneCode, PolicyCalculatorInput input, CancellationToken cancellationToken = default)
    {
        var zone = await zones.FindByCodeAsync(zoneCode.Trim().ToLowerInvariant(), cancellationToken);
        if (zone is null || !zone.IsActive)
        {
            throw new EntityNotFoundException("Entity:Zone", zoneCode);
        }

        var today = clock.ChinaToday();
        var (benefits, decisions) = await evaluation.EvaluateAsync(zone.Id, FactsOf(input, today), today, cancellationToken);
        var byYear = Enumerable.Range(today.Year, 5)
            .Select(year => new YearTotalDto(year, decisions.Where(d => d.Eligible).SelectMany(d => d.Payments).Where(p => p.DueOn.Year == year).Sum(p => p.Amount)))
            .ToList();
        return new PolicyCalculatorResultDto(
            zone.Code, OrgUnitNames.Localized(zone.NameZh, zone.NameEn), today, decisions.Where(d => d.Eligible).Sum(d => d.Amount ?? 0), byYear, benefits);
    }

    /// <summary>The calculator asks for ages and durations; rules read dates, so they are placed back from today.</summary>
    private static TalentFacts FactsOf(PolicyCalculatorInput input, DateOnly today) => new(
        input.Degree,
        input.YearsSinceDegree is { } years ? today.AddYears(-years) : null,
        input.Age is { } age ? today.AddYears(-age) : null,
        input.MonthsInZone is { } months ? today.AddMonths(-months) : null,
        input.EmployerInZone,
        input.ContractYears,
        input.SocialInsuranceMonths,
        input.Tier,
        string.IsNullOrWhiteSpace(input.Field) ? null : input.Field.Trim(),
        input.OverseasExperience,
        input.OwnsHomeInZone);
}
