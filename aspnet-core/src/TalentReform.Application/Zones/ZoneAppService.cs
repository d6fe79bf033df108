using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Identity;

namespace TalentReform.Zones;

public class ZoneAppService(
    IZoneRepository zones,
    IRepository<AppUser> users,
    IDataFilter dataFilter,
    IAsyncQueryableExecuter executer,
    TimeProvider clock) : IZoneAppService
{
    private static readonly QueryableSorting<Zone> Sorting = new QueryableSorting<Zone>()
        .Add("code", z => z.Code)
        .Add("nameZh", z => z.NameZh)
        .Add("nameEn", z => z.NameEn)
        .Add("province", z => z.Province)
        .Add("foundedOn", z => z.FoundedOn);

    public async Task<ZoneDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await zones.GetAsync(id, cancellationToken)).ToDto();

    public async Task<PagedResultDto<ZoneDto>> GetListAsync(GetZonesInput input, CancellationToken cancellationToken = default)
    {
        var query = zones.GetQueryable();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(z => z.Code.Contains(filter) || z.NameZh.Contains(filter) || z.NameEn.Contains(filter) || z.Province.Contains(filter));
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var page = Sorting.Apply(query, input.Sorting, "code").Skip(input.SkipCount).Take(input.MaxResultCount);
        var items = await executer.ToListAsync(page, cancellationToken);
        return new PagedResultDto<ZoneDto>(total, items.Select(z => z.ToDto()).ToList());
    }

    public async Task<ZoneDto> CreateAsync(CreateZoneDto input, CancellationToken cancellationToken = default)
    {
        var code = Zone.NormalizeCode(input.Code);
        if (await zones.FindByCodeAsync(code, cancellationToken) is not null)
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.ZoneCodeAlreadyExists, code);
        }

        var zone = new Zone(Guid.NewGuid(), code, input.NameZh, input.NameEn, input.Province, input.FoundedOn!.Value, clock.GetUtcNow());
        await zones.InsertAsync(zone, cancellationToken);
        await zones.SaveChangesAsync(cancellationToken);
        return zone.ToDto();
    }

    public async Task<ZoneDto> UpdateAsync(Guid id, UpdateZoneDto input, CancellationToken cancellationToken = default)
    {
        var zone = await zones.GetAsync(id, cancellationToken);
        zone.ConcurrencyStamp = input.ConcurrencyStamp;
        zone.Update(input.NameZh, input.NameEn, input.Province, input.FoundedOn!.Value, input.IsActive);
        await zones.UpdateAsync(zone, cancellationToken);
        await zones.SaveChangesAsync(cancellationToken);
        return zone.ToDto();
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var zone = await zones.GetAsync(id, cancellationToken);
        using (dataFilter.DisableZoneFilter())
        {
            if (await users.AnyAsync(u => u.ZoneId == id, cancellationToken))
            {
                throw BusinessException.Conflict(TalentReformErrorCodes.ZoneHasUsers, zone.Code);
            }
        }

        await zones.DeleteAsync(zone, cancellationToken);
        await zones.SaveChangesAsync(cancellationToken);
    }
}
