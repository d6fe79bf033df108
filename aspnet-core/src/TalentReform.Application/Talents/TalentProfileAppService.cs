using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Organization;
using TalentReform.Users;

namespace TalentReform.Talents;

public class TalentProfileAppService(
    IRepository<TalentProfile> profiles,
    PolicyEvaluation evaluation,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser,
    TimeProvider clock) : ITalentProfileAppService
{
    private static readonly QueryableSorting<TalentProfile> Sorting = new QueryableSorting<TalentProfile>()
        .Add("name", p => p.Name)
        .Add("tier", p => p.Tier)
        .Add("degree", p => p.Degree)
        .Add("arrivedOn", p => p.ArrivedOn);

    public async Task<TalentProfileDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await profiles.GetAsync(id, cancellationToken)).ToDto();

    public async Task<PagedResultDto<TalentProfileDto>> GetListAsync(GetTalentProfilesInput input, CancellationToken cancellationToken = default)
    {
        var query = profiles.GetDetachedQueryable();
        if (input.Tier is { } tier)
        {
            query = query.Where(p => p.Tier == tier);
        }

        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(p => p.Name.Contains(filter) || (p.Employer != null && p.Employer.Contains(filter)));
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var items = await executer.ToListAsync(Sorting.Apply(query, input.Sorting, "name").Skip(input.SkipCount).Take(input.MaxResultCount), cancellationToken);
        return new PagedResultDto<TalentProfileDto>(total, items.Select(p => p.ToDto()).ToList());
    }

    public async Task<TalentProfileDto> CreateAsync(CreateTalentProfileDto input, CancellationToken cancellationToken = default)
    {
        var profile = new TalentProfile(Guid.NewGuid(), currentUser.GetZoneIdOrThrow(), input.Name, clock.GetUtcNow());
        Apply(profile, input);
        await profiles.InsertAsync(profile, cancellationToken);
        await profiles.SaveChangesAsync(cancellationToken);
        return profile.ToDto();
    }

    public async Task<TalentProfileDto> UpdateAsync(Guid id, UpdateTalentProfileDto input, CancellationToken cancellationToken = default)
    {
        var profile = await profiles.GetAsync(id, cancellationToken);
        profile.ConcurrencyStamp = input.ConcurrencyStamp;
        profile.Rename(input.Name);
        Apply(profile, input);
        await profiles.SaveChangesAsync(cancellationToken);
        return profile.ToDto();
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await profiles.DeleteAsync(await profiles.GetAsync(id, cancellationToken), cancellationToken);
        await profiles.SaveChangesAsync(cancellationToken);
    }

    public async Task<TalentProfileDto> GetMineAsync(CancellationToken cancellationToken = default) => (await MineAsync(cancellationToken)).ToDto();

    public async Task<IReadOnlyList<BenefitResultDto>> GetMyMissingAsync(CancellationToken cancellationToken = default)
    {
        var profile = await MineAsync(cancellationToken);
        var (benefits, _) = await evaluation.EvaluateAsync(profile.ZoneId!.Value, profile.Facts, clock.ChinaToday(), cancellationToken);
        return benefits.Where(b => b.IsAlmost).ToList();
    }

    private Task<TalentProfile> MineAsync(CancellationToken cancellationToken) => profiles.FindMineAsync(executer, currentUser, cancellationToken);

    private static void Apply(TalentProfile profile, CreateTalentProfileDto input)
    {
        profile.SetEmployment(input.Employer, input.EmployerInZone, input.ContractYears, input.SocialInsuranceMonths, input.ArrivedOn);
        profile.SetBackground(input.Degree, input.DegreeDate, input.BirthDate, input.Tier, input.Field, input.OverseasExperience, input.OwnsHomeInZone);
        profile.SetActive(input.IsActive);
    }
}
