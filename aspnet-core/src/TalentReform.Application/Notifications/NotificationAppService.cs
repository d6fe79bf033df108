using System.Globalization;
using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Localization;
using TalentReform.Users;

namespace TalentReform.Notifications;

/// <summary>The caller's own notices, newest first; nobody reads another user's.</summary>
public class NotificationAppService(
    IRepository<Notification> notifications,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser,
    TimeProvider clock) : INotificationAppService
{
    public async Task<PagedResultDto<NotificationDto>> GetListAsync(GetNotificationsInput input, CancellationToken cancellationToken = default)
    {
        var query = Mine();
        if (input.UnreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var items = await executer.ToListAsync(query.OrderByDescending(n => n.CreationTime).Skip(input.SkipCount).Take(input.MaxResultCount), cancellationToken);
        return new PagedResultDto<NotificationDto>(total, items.Select(ToDto).ToList());
    }

    public async Task<NotificationCountDto> GetCountAsync(CancellationToken cancellationToken = default) =>
        new(await executer.CountAsync(Mine().Where(n => n.ReadAt == null), cancellationToken));

    public async Task MarkReadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var notification = await executer.FirstOrDefaultAsync(Mine().Where(n => n.Id == id), cancellationToken)
            ?? throw new EntityNotFoundException("Entity:Notification", id);
        notification.MarkRead(clock.GetUtcNow());
        await notifications.SaveChangesAsync(cancellationToken);
    }

    public async Task MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        foreach (var notification in await executer.ToListAsync(Mine().Where(n => n.ReadAt == null), cancellationToken))
        {
            notification.MarkRead(now);
        }

        await notifications.SaveChangesAsync(cancellationToken);
    }

    private IQueryable<Notification> Mine()
    {
        var me = currentUser.Id!.Value;
        return notifications.GetQueryable().Where(n => n.UserId == me);
    }

    private static NotificationDto ToDto(Notification n) =>
        n.ToDto(TalentReformResource.Get("Notification:" + n.Kind, CultureInfo.CurrentUICulture, Arguments(n)));

    /// <summary>The stored arguments, and for the approval engine's notices the document's kind in the reader's language (the last argument).</summary>
    private static object?[] Arguments(Notification n)
    {
        var args = n.ArgumentList.Cast<object?>();
        return n.DocumentKind is { } kind
            ? [.. args, TalentReformResource.Get("ApprovalDocumentKind:" + kind, CultureInfo.CurrentUICulture)]
            : [.. args];
    }
}
