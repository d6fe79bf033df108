using TalentReform.Data;
using TalentReform.Organization;
using TalentReform.Identity;
using TalentReform.Users;

namespace TalentReform.Talents;

public class MatchingRunAppService(
    IRepository<MatchingRun> runs,
    IRepository<AppUser> users,
    MatchingRunStarter starter,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser) : IMatchingRunAppService
{
    public async Task<MatchingRunDto> StartAsync(CancellationToken cancellationToken = default) =>
        (await ToDtosAsync([await starter.StartAsync(currentUser.GetZoneIdOrThrow(), currentUser.Id, cancellationToken)], cancellationToken))[0];

    public async Task<MatchingRunDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await ToDtosAsync([await executer.FirstOrDefaultAsync(runs.GetDetachedQueryable().Where(r => r.Id == id), cancellationToken)
            ?? throw new EntityNotFoundException("Entity:MatchingRun", id)], cancellationToken))[0];

    public async Task<IReadOnlyList<MatchingRunDto>> GetListAsync(CancellationToken cancellationToken = default) =>
        await ToDtosAsync(await executer.ToListAsync(runs.GetDetachedQueryable().OrderByDescending(r => r.StartedAt).Take(50), cancellationToken), cancellationToken);

    private async Task<List<MatchingRunDto>> ToDtosAsync(IReadOnlyList<MatchingRun> items, CancellationToken cancellationToken)
    {
        var names = await users.NamesAsync(executer, items.Where(r => r.StartedBy != null).Select(r => r.StartedBy!.Value), cancellationToken);
        return items.Select(r => r.ToDto(r.StartedBy is { } by ? names.GetValueOrDefault(by) : null)).ToList();
    }
}
