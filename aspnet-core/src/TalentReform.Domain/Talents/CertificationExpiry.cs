using TalentReform.Data;

namespace TalentReform.Talents;

/// <summary>
/// 人才认定 has a validity: when a certification ends, the tier it gave no longer counts. Before each matching run,
/// a profile whose tier is supported only by expired certifications of that tier takes the highest tier still
/// validly certified to it, or none — so the run then decides on the tier that holds today (what was paid
/// stays paid). A tier HR set on a profile that has no certification of that tier at all is left as it is.
/// </summary>
public class CertificationExpiry(IRepository<TalentCertification> certifications, IRepository<TalentProfile> profiles, IAsyncQueryableExecuter executer)
{
    /// <returns>How many profiles changed tier.</returns>
    public async Task<int> ApplyAsync(Guid zoneId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var approved = await executer.ToListAsync(
            certifications.GetDetachedQueryable().Where(c => c.ZoneId == zoneId && c.Status == TalentCertificationStatus.Approved), cancellationToken);
        var expiredProfiles = approved.Where(c => c.ValidUntil < today).Select(c => c.ProfileId).Distinct().ToList();
        if (expiredProfiles.Count == 0)
        {
            return 0;
        }

        var changed = 0;
        var byProfile = approved.ToLookup(c => c.ProfileId);
        foreach (var profile in await executer.ToListAsync(profiles.GetQueryable().Where(p => expiredProfiles.Contains(p.Id)), cancellationToken))
        {
            var mine = byProfile[profile.Id].ToList();
            var fromExpired = mine.Any(c => c.Level == profile.Tier) && mine.Where(c => c.Level == profile.Tier).All(c => !c.IsValidOn(today));
            var stillValid = mine.Where(c => c.IsValidOn(today)).Select(c => (TalentTierLevel?)c.Level).Min();
            if (fromExpired && stillValid != profile.Tier)
            {
                profile.Recertify(stillValid);
                changed++;
            }
        }

        await profiles.SaveChangesAsync(cancellationToken);
        return changed;
    }
}
