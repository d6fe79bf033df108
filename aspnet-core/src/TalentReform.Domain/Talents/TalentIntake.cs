using TalentReform.Data;
using TalentReform.Staffing;

namespace TalentReform.Talents;

/// <summary>What another module knows of a new talent: the background a hire brings and the employment it starts.</summary>
public sealed record TalentIntakeFacts(
    string Name, EducationDegree? Degree, DateOnly? BirthDate, string? Field, string Employer, decimal ContractYears, DateOnly ArrivedOn);

/// <summary>
/// The Talents module's published entry point for a new talent from another module (ADR 0009; a recruitment hire): the
/// person's profile linked or created, its tier from the best 人才认定 valid on arrival, and the sign-in account linked.
/// </summary>
public class TalentIntake(IRepository<TalentProfile> profiles, IRepository<TalentCertification> certifications, IAsyncQueryableExecuter executer)
{
    public async Task<TalentProfile> EnsureForPersonAsync(Guid zoneId, Guid personId, TalentIntakeFacts facts, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var profile = await executer.FirstOrDefaultAsync(profiles.GetQueryable().Where(p => p.PersonId == personId), cancellationToken);
        if (profile is null)
        {
            profile = new TalentProfile(Guid.NewGuid(), zoneId, facts.Name, now);
            profile.Link(personId, null);
            profile.SetBackground(facts.Degree, null, facts.BirthDate, null, facts.Field, false, false);
            await profiles.InsertAsync(profile, cancellationToken);
        }

        profile.SetEmployment(facts.Employer, true, facts.ContractYears, profile.SocialInsuranceMonths, facts.ArrivedOn);
        profile.SetActive(true);

        // A lower level is a higher tier; a profile without a valid 人才认定 keeps the tier it has.
        var profileId = profile.Id;
        var certified = await executer.ToListAsync(certifications.GetQueryable().Where(c => c.ProfileId == profileId), cancellationToken);
        var best = certified.Where(c => c.IsValidOn(facts.ArrivedOn)).Select(c => (TalentTierLevel?)c.Level).Min();
        profile.Recertify(best ?? profile.Tier);
        return profile;
    }

    /// <summary>The account the profile's talent signs in with, if any.</summary>
    public async Task<Guid?> FindUserAsync(Guid profileId, CancellationToken cancellationToken = default) =>
        (await profiles.GetAsync(profileId, cancellationToken)).UserId;

    public async Task LinkUserAsync(Guid profileId, Guid userId, CancellationToken cancellationToken = default)
    {
        var profile = await profiles.GetAsync(profileId, cancellationToken);
        profile.Link(profile.PersonId, userId);
    }
}
