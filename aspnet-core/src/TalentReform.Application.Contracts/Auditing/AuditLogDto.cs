namespace TalentReform.Auditing;

public record AuditLogChangeDto(string PropertyName, string? OriginalValue, string? NewValue);

public record AuditLogDto(
    Guid Id,
    DateTimeOffset Time,
    string? UserName,
    Guid? ZoneId,
    string EntityType,
    string EntityId,
    EntityChangeType ChangeType,
    IReadOnlyList<AuditLogChangeDto> Changes);
