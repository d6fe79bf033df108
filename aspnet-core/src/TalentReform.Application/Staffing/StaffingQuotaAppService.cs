using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Organization;
using TalentReform.Users;

namespace TalentReform.Staffing;

public class StaffingQuotaAppService(
    IRepository<StaffingQuota> quotas,
    IRepository<Appointment> appointments,
    IRepository<Post> posts,
    IRepository<Person> persons,
    OrgUnitManager orgUnits,
    StaffingQuotaManager manager,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser) : IStaffingQuotaAppService
{
    private static readonly QueryableSorting<StaffingQuota> Sorting = new QueryableSorting<StaffingQuota>()
        .Add("orgUnitId", q => q.OrgUnitId)
        .Add("staffingType", q => q.StaffingType)
        .Add("approved", q => q.Approved);

    public async Task<StaffingQuotaDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ToDtoAsync(await quotas.GetAsync(id, cancellationToken), cancellationToken);

    public async Task<PagedResultDto<StaffingQuotaDto>> GetListAsync(GetStaffingQuotasInput input, CancellationToken cancellationToken = default)
    {
        var query = quotas.GetQueryable();
        if (input.OrgUnitId is { } orgUnitId)
        {
            query = query.Where(q => q.OrgUnitId == orgUnitId);
        }

        if (input.StaffingType is { } staffingType)
        {
            query = query.Where(q => q.StaffingType == staffingType);
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var page = Sorting.Apply(query, input.Sorting, "orgUnitId").Skip(input.SkipCount).Take(input.MaxResultCount);
        var items = await executer.ToListAsync(page, cancellationToken);

        // One grouped count for the whole page instead of one query per row.
        var unitIds = items.Select(q => q.OrgUnitId).Distinct().ToList();
        var occupied = (await executer.ToListAsync(
                appointments.GetQueryable()
                    .Where(a => a.EndedOn == null && unitIds.Contains(a.OrgUnitId))
                    .GroupBy(a => new { a.OrgUnitId, a.StaffingType })
                    .Select(g => new { g.Key.OrgUnitId, g.Key.StaffingType, Count = g.Count() }),
                cancellationToken))
            .ToDictionary(x => (x.OrgUnitId, x.StaffingType), x => x.Count);
        return new PagedResultDto<StaffingQuotaDto>(
            total, items.Select(q => q.ToDto(occupied.GetValueOrDefault((q.OrgUnitId, q.StaffingType)))).ToList());
    }

    public async Task<StaffingQuotaDto> CreateAsync(CreateStaffingQuotaDto input, CancellationToken cancellationToken = default)
    {
        var quota = await manager.CreateAsync(currentUser.GetZoneIdOrThrow(), input.OrgUnitId!.Value, input.StaffingType!.Value, input.Approved, cancellationToken);
        await quotas.InsertAsync(quota, cancellationToken);
        await quotas.SaveChangesAsync(cancellationToken);
        return quota.ToDto(0);
    }

    public async Task<StaffingQuotaDto> UpdateAsync(Guid id, UpdateStaffingQuotaDto input, CancellationToken cancellationToken = default)
    {
        var quota = await quotas.GetAsync(id, cancellationToken);
        quota.ConcurrencyStamp = input.ConcurrencyStamp;
        await manager.SetApprovedAsync(quota, input.Approved, cancellationToken);
        await quotas.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(quota, cancellationToken);
    }

    /// <summary>Refused while slots are occupied, like cutting the quota to zero.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var quota = await quotas.GetAsync(id, cancellationToken);
        await manager.SetApprovedAsync(quota, 0, cancellationToken);
        await quotas.DeleteAsync(quota, cancellationToken);
        await quotas.SaveChangesAsync(cancellationToken);
    }

    public async Task<ListResultDto<ZoneStaffingTotalDto>> GetZoneTotalsAsync(CancellationToken cancellationToken = default)
    {
        var totals = new List<ZoneStaffingTotalDto>();
        foreach (var type in Enum.GetValues<StaffingType>())
        {
            totals.Add(await ZoneTotalDtoAsync(type, await manager.FindZoneTotalAsync(type, cancellationToken), cancellationToken));
        }

        return new ListResultDto<ZoneStaffingTotalDto>(totals);
    }

    public async Task<ZoneStaffingTotalDto> SetZoneTotalAsync(StaffingType staffingType, SetZoneStaffingTotalDto input, CancellationToken cancellationToken = default)
    {
        var total = await manager.SetZoneTotalAsync(currentUser.GetZoneIdOrThrow(), staffingType, input.Approved, cancellationToken);
        if (input.ConcurrencyStamp is { } stamp)
        {
            total.ConcurrencyStamp = stamp;
        }

        await quotas.SaveChangesAsync(cancellationToken);
        return await ZoneTotalDtoAsync(staffingType, total, cancellationToken);
    }

    /// <summary>
    /// One seat per approved slot of each type the unit has (or occupies without a quota): the holders first,
    /// in post-code order, then the vacant seats; occupation beyond the quota still shows every holder.
    /// </summary>
    public async Task<SeatBoardDto> GetSeatBoardAsync(GetSeatBoardInput input, CancellationToken cancellationToken = default)
    {
        var unit = await orgUnits.GetActiveAsync(input.OrgUnitId!.Value, cancellationToken);
        var unitQuotas = await executer.ToListAsync(quotas.GetQueryable().Where(q => q.OrgUnitId == unit.Id), cancellationToken);
        var holders = await executer.ToListAsync(
            from a in appointments.GetQueryable()
            where a.OrgUnitId == unit.Id && a.EndedOn == null
            join p in posts.GetQueryable() on a.PostId equals p.Id
            join person in persons.GetQueryable() on a.PersonId equals person.Id
            orderby p.Code
            select new { a.Id, a.StaffingType, PersonId = person.Id, person.Name, PostId = p.Id, p.Code, p.TitleZh, p.TitleEn },
            cancellationToken);
        var types = unitQuotas.Select(q => q.StaffingType).Concat(holders.Select(h => h.StaffingType)).Distinct().Order();
        var groups = types.Select(type =>
        {
            var approved = unitQuotas.FirstOrDefault(q => q.StaffingType == type)?.Approved ?? 0;
            var filled = holders.Where(h => h.StaffingType == type)
                .Select((h, i) => new SeatDto(i + 1, true, h.Id, h.PersonId, h.Name, h.PostId, h.Code, h.TitleZh, h.TitleEn))
                .ToList();
            var vacant = Enumerable.Range(filled.Count + 1, Math.Max(0, approved - filled.Count))
                .Select(i => new SeatDto(i, false, null, null, null, null, null, null, null));
            return new SeatGroupDto(type, approved, filled.Count, Math.Max(0, approved - filled.Count), filled.Concat(vacant).ToList());
        }).ToList();
        return new SeatBoardDto(unit.Id, unit.LocalizedName(), groups);
    }

    private async Task<ZoneStaffingTotalDto> ZoneTotalDtoAsync(StaffingType type, ZoneStaffingQuota? total, CancellationToken cancellationToken)
    {
        var allocated = await manager.SumUnitQuotasAsync(type, null, cancellationToken);
        var occupied = await executer.CountAsync(appointments.GetQueryable().Where(a => a.StaffingType == type && a.EndedOn == null), cancellationToken);
        return new ZoneStaffingTotalDto(type, total?.Approved ?? 0, allocated, occupied, total?.ConcurrencyStamp);
    }

    private async Task<StaffingQuotaDto> ToDtoAsync(StaffingQuota quota, CancellationToken cancellationToken) =>
        quota.ToDto(await manager.CountOccupiedAsync(quota.OrgUnitId, quota.StaffingType, cancellationToken));
}
