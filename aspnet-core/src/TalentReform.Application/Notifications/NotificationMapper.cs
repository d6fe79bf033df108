using Riok.Mapperly.Abstractions;

namespace TalentReform.Notifications;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class NotificationMapper
{
    /// <param name="message">The notification's text in the reader's language, made from its kind and arguments.</param>
    // The DTO keeps its PlanId name (the client links a notice to a plan); the engine stores any document's id.
    [MapProperty(nameof(Notification.DocumentId), nameof(NotificationDto.PlanId))]
    public static partial NotificationDto ToDto(this Notification notification, string message);
}
