using TalentReform.Dtos;

namespace TalentReform.Auditing;

public interface IAuditLogAppService
{
    Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogsInput input, CancellationToken cancellationToken = default);
}
