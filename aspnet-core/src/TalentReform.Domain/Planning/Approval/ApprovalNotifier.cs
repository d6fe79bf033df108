using System.Globalization;
using TalentReform.Data;
using TalentReform.Notifications;

namespace TalentReform.Planning.Approval;

/// <summary>
/// The approval engine's in-app notices (a step to decide, overdue, escalated, the outcome to the drafter), for any
/// kind of document: each notice carries the document's kind, and its text names the document by kind and title.
/// </summary>
public class ApprovalNotifier(IRepository<Notification> notifications)
{
    public async Task NotifyAsync(
        ApprovalProcess process, IReadOnlyCollection<Guid> users, NotificationKind kind, IReadOnlyList<string> args, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        foreach (var user in users.Distinct())
        {
            await notifications.InsertAsync(
                new Notification(Guid.NewGuid(), process.ZoneId!.Value, user, kind, process.DocumentId, args, now, process.DocumentKind), cancellationToken);
        }
    }

    /// <summary>The due time as people read it: China time, to the minute.</summary>
    public static string FormatDue(DateTimeOffset due) =>
        due.ToOffset(WorkCalendarConsts.ChinaOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
