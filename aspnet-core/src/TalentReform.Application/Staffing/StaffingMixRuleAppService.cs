using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Organization;
using TalentReform.Users;

namespace TalentReform.Staffing;

public class StaffingMixRuleAppService(
    IRepository<StaffingMixRule> rules,
    StaffingMixManager manager,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser) : IStaffingMixRuleAppService
{
    private static readonly QueryableSorting<StaffingMixRule> Sorting = new QueryableSorting<StaffingMixRule>()
        .Add("orgUnitId", r => r.OrgUnitId)
        .Add("kind", r => r.Kind);

    public async Task<StaffingMixRuleDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await rules.GetAsync(id, cancellationToken)).ToDto();

    public async Task<PagedResultDto<StaffingMixRuleDto>> GetListAsync(GetStaffingMixRulesInput input, CancellationToken cancellationToken = default)
    {
        var query = rules.GetQueryable();
        if (input.OrgUnitId is { } orgUnitId)
        {
            query = query.Where(r => r.OrgUnitId == orgUnitId);
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var page = Sorting.Apply(query, input.Sorting, "orgUnitId").Skip(input.SkipCount).Take(input.MaxResultCount);
        var items = await executer.ToListAsync(page, cancellationToken);
        return new PagedResultDto<StaffingMixRuleDto>(total, items.Select(r => r.ToDto()).ToList());
    }

    public async Task<StaffingMixRuleDto> CreateAsync(CreateStaffingMixRuleDto input, CancellationToken cancellationToken = default)
    {
        var rule = await manager.CreateAsync(
            currentUser.GetZoneIdOrThrow(), input.OrgUnitId!.Value, input.Kind!.Value, input.Category, input.MinShare, input.BandRatio, input.MaxShare,
            cancellationToken);
        await rules.InsertAsync(rule, cancellationToken);
        await rules.SaveChangesAsync(cancellationToken);
        return rule.ToDto();
    }

    public async Task<StaffingMixRuleDto> UpdateAsync(Guid id, UpdateStaffingMixRuleDto input, CancellationToken cancellationToken = default)
    {
        var rule = await rules.GetAsync(id, cancellationToken);
        rule.ConcurrencyStamp = input.ConcurrencyStamp;
        rule.Set(input.Kind!.Value, input.Category, input.MinShare, input.BandRatio, input.MaxShare);
        await rules.SaveChangesAsync(cancellationToken);
        return rule.ToDto();
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await rules.DeleteAsync(await rules.GetAsync(id, cancellationToken), cancellationToken);
        await rules.SaveChangesAsync(cancellationToken);
    }
}
