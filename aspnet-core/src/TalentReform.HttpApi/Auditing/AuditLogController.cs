using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Permissions;

namespace TalentReform.Auditing;

[ApiController]
[Route("api/app/audit-logs")]
[Authorize(TalentReformPermissions.AuditLogs)]
public class AuditLogController(IAuditLogAppService auditLogs) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<AuditLogDto>> GetListAsync([FromQuery] GetAuditLogsInput input, CancellationToken cancellationToken) =>
        auditLogs.GetListAsync(input, cancellationToken);
}
