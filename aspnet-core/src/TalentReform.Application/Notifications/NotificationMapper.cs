using Riok.Mapperly.Abstractions;

namespace TalentReform.Notifications;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class NotificationMapper
{
    /// <param name="message">The notification's text in the reader's language, made from its kind and arguments.</param>
    // The client links a notice to its document through the kind's route.
    [MapProperty(nameof(Notification.LinkedDocumentKind), nameof(NotificationDto.DocumentKind))]
    public static partial NotificationDto ToDto(this Notification notification, string message);
}
