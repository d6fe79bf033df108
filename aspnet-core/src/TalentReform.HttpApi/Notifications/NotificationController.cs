using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Permissions;

namespace TalentReform.Notifications;

[ApiController]
[Route("api/app/notifications")]
[Authorize(TalentReformPermissions.Notifications)]
public class NotificationController(INotificationAppService notifications) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<NotificationDto>> GetListAsync([FromQuery] GetNotificationsInput input, CancellationToken cancellationToken) =>
        notifications.GetListAsync(input, cancellationToken);

    [HttpGet("count")]
    public Task<NotificationCountDto> GetCountAsync(CancellationToken cancellationToken) => notifications.GetCountAsync(cancellationToken);

    [HttpPost("{id:guid}/read")]
    public async Task<NoContentResult> MarkReadAsync(Guid id, CancellationToken cancellationToken)
    {
        await notifications.MarkReadAsync(id, cancellationToken);
        return NoContent();
    }

    [HttpPost("read-all")]
    public async Task<NoContentResult> MarkAllReadAsync(CancellationToken cancellationToken)
    {
        await notifications.MarkAllReadAsync(cancellationToken);
        return NoContent();
    }
}
