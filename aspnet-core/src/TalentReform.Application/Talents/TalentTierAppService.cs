using TalentReform.Data;
using TalentReform.Localization;
using TalentReform.Organization;
using TalentReform.Users;

namespace TalentReform.Talents;

/// <summary>
/// The zone's tiers A–E. A zone that has not worded a tier yet sees it with the national default name and no
/// criteria; the first save stores it.
/// </summary>
public class TalentTierAppService(
    IRepository<TalentTier> tiers,
    IRepository<TalentProfile> profiles,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser) : ITalentTierAppService
{
    public async Task<IReadOnlyList<TalentTierDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var stored = (await executer.ToListAsync(tiers.GetDetachedQueryable(), cancellationToken)).ToDictionary(t => t.Level);
        var counts = (await executer.ToListAsync(
                profiles.GetDetachedQueryable().Where(p => p.Tier != null).GroupBy(p => p.Tier!.Value).Select(g => new { g.Key, Count = g.Count() }), cancellationToken))
            .ToDictionary(c => c.Key, c => c.Count);
        return Enum.GetValues<TalentTierLevel>()
            .Select(level => stored.TryGetValue(level, out var tier)
                ? ToDto(tier, counts.GetValueOrDefault(level))
                : new TalentTierDto(level, LocalizedEnum.Of(level).ToString(), Default(level, LocalizationCultures.Default), Default(level, LocalizationCultures.English),
                    "", "", counts.GetValueOrDefault(level), null))
            .ToList();
    }

    public async Task<TalentTierDto> UpdateAsync(TalentTierLevel level, UpdateTalentTierDto input, CancellationToken cancellationToken = default)
    {
        var tier = await executer.FirstOrDefaultAsync(tiers.GetQueryable().Where(t => t.Level == level), cancellationToken);
        if (tier is null)
        {
            tier = new TalentTier(Guid.NewGuid(), currentUser.GetZoneIdOrThrow(), level, input.NameZh, input.NameEn, input.CriteriaZh, input.CriteriaEn);
            await tiers.InsertAsync(tier, cancellationToken);
        }
        else
        {
            tier.ConcurrencyStamp = input.ConcurrencyStamp ?? "";
            tier.Describe(input.NameZh, input.NameEn, input.CriteriaZh, input.CriteriaEn);
        }

        await tiers.SaveChangesAsync(cancellationToken);
        return (await GetListAsync(cancellationToken)).Single(t => t.Level == level);
    }

    private static TalentTierDto ToDto(TalentTier t, int count) => t.ToDto(OrgUnitNames.Localized(t.NameZh, t.NameEn), count);

    private static string Default(TalentTierLevel level, string culture) =>
        TalentReformResource.Get("TalentTier:" + level, System.Globalization.CultureInfo.GetCultureInfo(culture));
}
