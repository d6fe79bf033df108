using System.Globalization;
using TalentReform.Dtos;
using TalentReform.Localization;
using TalentReform.Organization;

namespace TalentReform.Staffing;

/// <summary>Rule results with their texts localized here, so the UI shows them as they are.</summary>
public class StaffingMixAppService(StaffingMixManager mix, OrgUnitManager orgUnits) : IStaffingMixAppService
{
    public async Task<StaffingMixResultDto> GetAsync(Guid orgUnitId, CancellationToken cancellationToken = default)
    {
        var unit = await orgUnits.GetActiveAsync(orgUnitId, cancellationToken);
        var results = await mix.EvaluateAsync([orgUnitId], cancellationToken);
        return ToDto(unit, results.GetValueOrDefault(orgUnitId) ?? []);
    }

    public async Task<ListResultDto<StaffingMixResultDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var results = await mix.EvaluateAsync(null, cancellationToken);
        var units = (await orgUnits.GetActiveUnitsWithFunctionsAsync(cancellationToken)).ToDictionary(u => u.Id);

        // Rules of abolished units are kept on record but no longer evaluated.
        return new ListResultDto<StaffingMixResultDto>(
            results.Where(r => units.ContainsKey(r.Key)).OrderBy(r => units[r.Key].Code, StringComparer.Ordinal).Select(r => ToDto(units[r.Key], r.Value)).ToList());
    }

    private static StaffingMixResultDto ToDto(OrgUnit unit, List<StaffingMixRuleResult> results) =>
        unit.ToMixResultDto(unit.LocalizedName(), results.Select(ToDto).ToList(), results.Count(r => r.IsViolated));

    private static StaffingMixRuleResultDto ToDto(StaffingMixRuleResult result)
    {
        var rule = result.Rule;
        var kind = rule.Kind.ToString();
        var category = rule.Category is { } c ? LocalizedEnum.Of(c) : null;
        var expected = rule.Kind switch
        {
            StaffingMixRuleKind.MinCategoryShare => Text("StaffingMix:Expected:" + kind, category, Percent(rule.MinShare!.Value)),
            StaffingMixRuleKind.LevelBandRatio => Text("StaffingMix:Expected:" + kind, rule.BandRatio![0], rule.BandRatio[1], rule.BandRatio[2]),
            _ => Text("StaffingMix:Expected:" + kind, Percent(rule.MaxShare!.Value)),
        };
        var actual = result.Bands is { } bands
            ? Text("StaffingMix:Actual:Bands", bands[0], bands[1], bands[2], Percent(Share(bands[0], result.Total)), Percent(Share(bands[1], result.Total)), Percent(Share(bands[2], result.Total)))
            : Text("StaffingMix:Actual:Share", Percent(result.Share), result.Count, result.Total);
        return result.ToDto(Text("StaffingMix:Description:" + kind, category), expected, actual);
    }

    private static double Share(int count, int total) => total == 0 ? 0 : (double)count / total;

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Text(string key, params object?[] args) => new LocalizedText(key, args).ToString();
}
