using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.PersonalData;
using TalentReform.Users;

namespace TalentReform.Auditing;

/// <summary>
/// Zone users see their zone's log (the zone filter); the platform admin sees every zone's and the host's. Personal
/// values are stored masked (ADR 0007); rows written before that are masked here for callers without the permission.
/// </summary>
public class AuditLogAppService(
    IRepository<AuditLog> auditLogs,
    ICurrentUser currentUser,
    IDataFilter dataFilter,
    IAsyncQueryableExecuter executer,
    PersonalDataMasking masking) : IAuditLogAppService
{
    private static readonly QueryableSorting<AuditLog> Sorting = new QueryableSorting<AuditLog>()
        .Add("time", a => a.Time)
        .Add("entityType", a => a.EntityType)
        .Add("userName", a => a.UserName);

    public async Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogsInput input, CancellationToken cancellationToken = default)
    {
        var isHost = currentUser.ZoneId is null;
        using var _ = isHost ? dataFilter.DisableZoneFilter() : null;
        var query = auditLogs.GetQueryable();
        if (isHost && input.ZoneId is { } zoneId)
        {
            query = query.Where(a => a.ZoneId == zoneId);
        }

        if (!string.IsNullOrWhiteSpace(input.EntityType))
        {
            query = query.Where(a => a.EntityType == input.EntityType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(input.EntityId))
        {
            query = query.Where(a => a.EntityId == input.EntityId.Trim());
        }

        if (!string.IsNullOrWhiteSpace(input.UserName))
        {
            query = query.Where(a => a.UserName == input.UserName.Trim());
        }

        if (input.ChangeType is { } changeType)
        {
            query = query.Where(a => a.ChangeType == changeType);
        }

        if (input.From is { } from)
        {
            query = query.Where(a => a.Time >= from);
        }

        if (input.To is { } to)
        {
            query = query.Where(a => a.Time <= to);
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var sorted = string.IsNullOrWhiteSpace(input.Sorting)
            ? query.OrderByDescending(a => a.Time)
            : Sorting.Apply(query, input.Sorting, "time");
        var page = await executer.ToListAsync(sorted.Skip(input.SkipCount).Take(input.MaxResultCount), cancellationToken);
        var view = await masking.ForCurrentUserAsync(cancellationToken);
        return new PagedResultDto<AuditLogDto>(total, page.Select(a => ToDto(a, view)).ToList());
    }

    private static AuditLogDto ToDto(AuditLog log, PersonalDataView view)
    {
        var dto = log.ToDto();
        return dto with
        {
            Changes = dto.Changes.Select(c => c with
            {
                OriginalValue = view.ShowAudited(log.EntityType, c.PropertyName, c.OriginalValue),
                NewValue = view.ShowAudited(log.EntityType, c.PropertyName, c.NewValue),
            }).ToList(),
        };
    }
}
