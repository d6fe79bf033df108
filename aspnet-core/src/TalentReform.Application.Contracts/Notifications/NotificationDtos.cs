using TalentReform.Dtos;

namespace TalentReform.Notifications;

/// <summary>A notice to the caller, its text in the caller's language.</summary>
/// <param name="DocumentKind">The kind of the document it is about (<c>StaffingPlan</c>, <c>RecruitmentPlan</c>, ...), with <paramref name="DocumentId"/>; null for a notice about no document.</param>
public record NotificationDto(Guid Id, NotificationKind Kind, string? DocumentKind, Guid? DocumentId, string Message, DateTimeOffset CreationTime, DateTimeOffset? ReadAt);

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
