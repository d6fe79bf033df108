using TalentReform.Dtos;

namespace TalentReform.Notifications;

/// <summary>A notice to the caller, its text in the caller's language.</summary>
public record NotificationDto(Guid Id, NotificationKind Kind, Guid? PlanId, string Message, DateTimeOffset CreationTime, DateTimeOffset? ReadAt);

public record NotificationCountDto(int Unread);

public class GetNotificationsInput : PagedAndSortedRequestDto
{
    public bool UnreadOnly { get; set; }
}

public interface INotificationAppService
{
    Task<PagedResultDto<NotificationDto>> GetListAsync(GetNotificationsInput input, CancellationToken cancellationToken = default);

    Task<NotificationCountDto> GetCountAsync(CancellationToken cancellationToken = default);

    Task MarkReadAsync(Guid id, CancellationToken cancellationToken = default);

    Task MarkAllReadAsync(CancellationToken cancellationToken = default);
}
