using TalentReform.Entities;

namespace TalentReform.Auditing;

/// <summary>
/// One change of one entity (who, when, zone, old and new values), written in the same transaction
/// as the change itself, so the log can never miss or invent a change.
/// </summary>
public class AuditLog : Entity, IMultiZone
{
    private readonly List<AuditLogChange> _changes = [];

    public Guid? ZoneId { get; private set; }
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public DateTimeOffset Time { get; private set; }
    public string EntityType { get; private set; } = null!;
    public string EntityId { get; private set; } = null!;
    public EntityChangeType ChangeType { get; private set; }
    public IReadOnlyCollection<AuditLogChange> Changes => _changes.AsReadOnly();

    protected AuditLog()
    {
    }

    public AuditLog(Guid id, Guid? zoneId, Guid? userId, string? userName, DateTimeOffset time, string entityType, string entityId, EntityChangeType changeType)
        : base(id)
    {
        ZoneId = zoneId;
        UserId = userId;
        UserName = userName;
        Time = time;
        EntityType = entityType;
        EntityId = entityId;
        ChangeType = changeType;
    }

    public void AddChange(string propertyName, string? originalValue, string? newValue) =>
        _changes.Add(new AuditLogChange(Guid.NewGuid(), Id, propertyName, Truncate(originalValue), Truncate(newValue)));

    private static string? Truncate(string? value) =>
        value is { Length: > AuditLogConsts.MaxValueLength } ? value[..AuditLogConsts.MaxValueLength] : value;
}
